import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isRequest, type Request, type ResponseMap, type UiBroadcast } from '@/lib/messaging/protocol';
import { isAllowedSender, type SenderInfo } from '@/lib/messaging/sender';
import { getKnowledge } from './knowledge';
import { handleRelated, isRelatedRequest, recordVisit } from './related';
import { setupFeeds } from './feeds';
import { forgetPageContext, loadPageContext, savePageContext } from './page-contexts';
import { lookUp, setupMenus } from './menus';
import { handleCustomDelete, handleCustomImport, handleCustomSave } from './custom';
import { isEnabledFor, preferences, siteSwitches } from '@/lib/storage/settings';

/**
 * The knowledge service: the one place the dataset and its index live (loaded lazily on the first
 * request, once), answering typed messages from content scripts, popup and side panel.
 */
export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => {
    if (!isRequest(message)) return undefined;
    if (!isAllowedSender(message, sender, browser.runtime.id, extensionOrigin)) {
      return Promise.resolve({ error: 'Sender not allowed' });
    }
    return handle(message, sender).catch((error: unknown) => ({
      error: error instanceof Error ? error.message : String(error),
    }));
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetPageContext(tabId));
  setupFeeds();
  setupMenus();
});

/**
 * Loads the dataset for a page that has started loading, unless Kontext is off for its site (the
 * script that asks checks that too; a page open since before a switch changed may still ask).
 */
async function prepareFor(sender: SenderInfo): Promise<void> {
  const host = hostOf(sender.url);
  if (!host) return;
  const [prefs, sites] = await Promise.all([preferences.getValue(), siteSwitches.getValue()]);
  if (isEnabledFor(prefs, sites, host)) await getKnowledge();
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** Tells open popups and side panels that a tab's context changed; nobody listening is fine. */
function announcePageContext(tabId: number): void {
  const message: UiBroadcast = { type: 'bg→ui:page-context-changed', tabId };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

async function handle(request: Request, sender: SenderInfo): Promise<ResponseMap[Request['type']]> {
  if (isRelatedRequest(request)) return handleRelated(request);
  switch (request.type) {
    case 'content→bg:prepare':
      // Answered at once; the load goes on (a failure is retried by the request that needs it).
      prepareFor(sender).catch(() => undefined);
      return { ok: true };
    case 'content→bg:annotate': {
      const kb = await getKnowledge();
      return kb.annotate(request.chunks, request.lang ?? 'auto');
    }
    case 'content→bg:page-context': {
      const tabId = sender.tab?.id;
      if (typeof tabId !== 'number') throw new Error('No tab');
      await savePageContext({ ...request.context, tabId });
      void recordVisit(request.context, sender);
      announcePageContext(tabId);
      return { ok: true };
    }
    case 'any→bg:entity': {
      const kb = await getKnowledge();
      return { entity: kb.view(request.id) };
    }
    case 'any→bg:search': {
      const kb = await getKnowledge();
      return { hits: kb.search(request.query, request.limit ?? 10) };
    }
    case 'ui→bg:page-context':
      return { context: await loadPageContext(request.tabId) };
    case 'ui→bg:prepare-search':
      // Answered at once; the index is built in steps, between which other requests are served.
      getKnowledge().then((kb) => kb.warmNow(), () => undefined);
      return { ok: true };
    case 'ui→bg:dataset-info': {
      const kb = await getKnowledge();
      return kb.info();
    }
    case 'ui→bg:lookup':
      await lookUp(request.query, request.tabId);
      return { ok: true };
    case 'ui→bg:custom-import':
      return handleCustomImport(request);
    case 'ui→bg:custom-save':
      return handleCustomSave(request);
    case 'ui→bg:custom-delete':
      return handleCustomDelete(request);
  }
}
