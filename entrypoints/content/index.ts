import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
// The card's styles, fetched into its shadow root when the first card opens (cssInjectionMode 'ui');
// its code is a separate module (cards.ts), so the components' own CSS imports are listed here.
import '@/components/card/card.css';
import '@/components/map/world-outline.css';
import './card.css';
import { sendRequest } from '@/lib/messaging/send';
import type { TabRequest } from '@/lib/messaging/protocol';
import { isEnabledFor, preferences, siteSwitches } from '@/lib/storage/settings';
import { highlightAttributes } from '@/lib/storage/highlight-attributes';
import { createSession } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const host = location.hostname;
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    let session: ReturnType<typeof createSession> | null = null;

    const apply = async () => {
      const [prefs, sites] = await Promise.all([preferences.getValue(), siteSwitches.getValue()]);
      const on = isEnabledFor(prefs, sites, host);
      // Style and per-type visibility live in CSS keyed on <html>, so a change re-styles without re-annotating.
      for (const [name, value] of Object.entries(highlightAttributes(prefs))) {
        if (value === null) document.documentElement.removeAttribute(name);
        else document.documentElement.setAttribute(name, value);
      }
      if (on && !session) {
        session = createSession(ctx, send);
        await session.start();
      } else if (!on && session) {
        session.stop();
        session = null;
        await sendRequest(send, { type: 'content→bg:page-context', context: emptyContext() }).catch(() => {});
      }
    };

    const unwatchPrefs = preferences.watch(() => void apply());
    const unwatchSites = siteSwitches.watch(() => void apply());
    ctx.onInvalidated(() => {
      unwatchPrefs();
      unwatchSites();
      session?.stop();
    });

    // Client-side navigation (history API, Navigation API): the article changed without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => session?.navigate());

    browser.runtime.onMessage.addListener((message: unknown) => {
      // Switched off here: still tell the popup which page this is, so its site switch can turn Kontext back on.
      if (!session && (message as TabRequest | null)?.type === 'bg→content:get-context') {
        return Promise.resolve({ context: emptyContext() });
      }
      if (!session) return undefined;
      return session.handle(message as TabRequest);
    });

    await apply();
  },
});

function emptyContext() {
  return { url: location.href, title: document.title, lang: 'ru' as const, entities: [], updatedAt: Date.now() };
}
