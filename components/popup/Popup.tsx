/** The toolbar popup: search, the current site's switch, and what was found on the page. */
import { useMemo } from 'preact/hooks';
import type { UiLang } from '@/lib/panel/names';
import { createViewLoader } from '../panel/views';
import { siteKeyOf } from '@/lib/panel/support';
import { t } from '../panel/i18n';
import type { UiPort } from '../panel/port';
import { useActiveTab } from '../panel/useActiveTab';
import { usePageContext, type PageState } from '../panel/usePageContext';
import { PageSummary } from './PageSummary';
import { Search } from './Search';
import { SiteSwitch } from './SiteSwitch';

export function Popup({ port, lang, search }: { port: UiPort; lang: UiLang; search: string }) {
  const loadView = useMemo(() => createViewLoader(port.send), [port]);
  const tabId = useActiveTab(port, search, false);
  const page = usePageContext(port, tabId, false);

  const openPanel = () => {
    if (tabId === null) return;
    // Called straight from the click: the browser only opens panels during a user gesture.
    port.openSidePanel(tabId).then(
      () => window.close(),
      () => undefined,
    );
  };

  return (
    <main class="popup">
      <h1 class="title">{t('extName')}</h1>
      <Search send={port.send} lang={lang} loadView={loadView} autoFocus />
      <footer class="popup__footer">
        <SiteSwitch host={siteKeyOf(urlOf(page))} />
        <PageSummary state={page} onOpenPanel={openPanel} />
      </footer>
    </main>
  );
}

function urlOf(page: PageState): string | undefined {
  if (page.status === 'ready') return page.context.url;
  return page.status === 'loading' ? undefined : page.url;
}
