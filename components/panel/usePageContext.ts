/**
 * The article context of one tab, as the side panel and popup show it: from the tab's content
 * script, else from the background's store (a site switched off leaves its URL there, which the
 * popup's site switch needs), refreshed whenever the background announces a new context for the tab.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageContext } from '@/lib/messaging/protocol';
import { sendRequest, sendTabRequest } from '@/lib/messaging/send';
import { pageSupport, type UnsupportedReason } from '@/lib/panel/support';
import type { UiPort } from './port';

export type PageState =
  | { status: 'loading' }
  | { status: 'unsupported'; reason: UnsupportedReason; url?: string }
  /** No content script answers: Kontext is off for the site, or the page predates the extension. */
  | { status: 'unavailable'; url?: string }
  | { status: 'ready'; context: PageContext };

/** Reads a tab's context once. Exported for tests. */
export async function readPageState(port: UiPort, tabId: number): Promise<PageState> {
  const url = await port.tabUrl(tabId);
  const support = pageSupport(url, { fileAccess: url?.startsWith('file:') ? await port.fileAccess() : false });
  if (!support.ok) return { status: 'unsupported', reason: support.reason, url };
  // The content script knows the document in the tab now; what the background stored may be from
  // the tab's previous page (tab URLs are hidden from us without the "tabs" permission).
  try {
    const reply = await sendTabRequest(port.tab(tabId), { type: 'bg→content:get-context' });
    if (reply?.context) return { status: 'ready', context: { ...reply.context, tabId } };
  } catch {
    // No receiver: the content script is not running there (site switched off, page predates us).
  }
  const stored = await sendRequest(port.send, { type: 'ui→bg:page-context', tabId })
    .then((r) => r.context)
    .catch(() => null);
  if (stored && (!url || stored.url === url)) return { status: 'ready', context: stored };
  return { status: 'unavailable', url: url ?? stored?.url };
}

/** Live page state for `tabId` (null while the tab is not known yet). */
export function usePageContext(port: UiPort, tabId: number | null, watchTabs: boolean): PageState {
  const [state, setState] = useState<PageState>({ status: 'loading' });

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    let reads = 0;
    const refresh = () => {
      const mine = ++reads;
      void readPageState(port, tabId).then((next) => {
        if (live && mine === reads) setState(next); // only the newest read lands
      });
    };
    setState({ status: 'loading' });
    refresh();
    const offContext = port.onContextChanged((id) => id === tabId && refresh());
    const offTabs = watchTabs ? port.onTabChanged((id) => id === tabId && refresh()) : () => undefined;
    return () => {
      live = false;
      offContext();
      offTabs();
    };
  }, [port, tabId, watchTabs]);

  return state;
}
