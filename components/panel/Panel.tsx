/**
 * The side panel (Chrome) / sidebar (Firefox): a search box (also fed by the context menu) and the
 * active tab's article context, following tab switches and page updates.
 */
import { useMemo } from 'preact/hooks';
import type { UiLang } from '@/lib/panel/names';
import { createViewLoader } from './views';
import { Search } from '../popup/Search';
import { ArticleView } from './ArticleView';
import { t } from './i18n';
import { PageNote } from './PageNote';
import type { UiPort } from './port';
import { useActiveTab } from './useActiveTab';
import { usePageContext } from './usePageContext';
import { usePendingLookup } from './usePendingLookup';

export function Panel({ port, lang, search }: { port: UiPort; lang: UiLang; search: string }) {
  const tabId = useActiveTab(port, search, true);
  const page = usePageContext(port, tabId, true);
  const prefill = usePendingLookup();
  const loadView = useMemo(() => createViewLoader(port.send), [port]);

  return (
    <main class="panel">
      <h1 class="title">{t('extName')}</h1>
      <Search send={port.send} lang={lang} loadView={loadView} prefill={prefill} />
      {page.status === 'ready' ? <ArticleView port={port} context={page.context} loadView={loadView} /> : <PageNote state={page} />}
    </main>
  );
}
