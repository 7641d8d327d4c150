import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import './style.css';

const root = document.getElementById('app');
if (root) render(<OptionsPage browserLanguage={navigator.language} />, root);
