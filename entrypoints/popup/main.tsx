import { render } from 'preact';

render(<p>Kontext</p>, document.getElementById('app')!);
