import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/card/card.css';
import '@/components/panel/ui.css';
import { Panel } from '@/components/panel/Panel';
import { browserPort } from '@/components/panel/port';
import { pickUiLang } from '@/lib/card/i18n';
import { preferences } from '@/lib/storage/settings';

async function main(root: HTMLElement): Promise<void> {
  const prefs = await preferences.getValue();
  const lang = pickUiLang(prefs.uiLanguage, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  render(<Panel port={browserPort()} lang={lang} search={location.search} />, root);
}

const root = document.getElementById('app');
if (root) void main(root);
