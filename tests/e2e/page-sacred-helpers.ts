/**
 * Helpers for the "page is sacred" specs: fixture URLs, waiting for a pass to finish (the content
 * script's performance marks are visible to the page), the page's original text, and the
 * extension's storage and reported context as an extension page sees them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { FIXTURE_ORIGIN, tabIdOf } from './support/fixtures';

export const sacredUrl = (site: string, rest = '') => `${FIXTURE_ORIGIN}/${site}/${rest}`;

/** The marks session.ts sets around each annotation pass. */
export const MARK_START = 'kontext:annotate:start';
export const MARK_END = 'kontext:annotate:end';

/** Waits until `count` annotation passes have finished on the page (one per load or SPA route). */
export async function annotationPasses(page: Page, count = 1, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ([name, n]) => performance.getEntriesByName(name as string).length >= (n as number),
    [MARK_END, count] as const,
    { timeout },
  );
}

/** `textContent` of `selector` in the page as served, before any script or extension ran. */
export async function servedText(page: Page, url: string, selector = 'body'): Promise<string | null> {
  return page.evaluate(
    async ([u, s]) => {
      const html = await (await fetch(u as string)).text();
      return new DOMParser().parseFromString(html, 'text/html').querySelector(s as string)?.textContent ?? null;
    },
    [url, selector] as const,
  );
}

interface ChromeGlobal {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    storage: { sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  };
}

/** Runs `fn` in an extension page (where `chrome.*` exists) and closes it. */
export async function inExtension<A, R>(
  context: BrowserContext,
  extensionId: string,
  fn: (arg: A) => Promise<R>,
  arg: A,
): Promise<R> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=999999`);
  const result = (await probe.evaluate(fn as (arg: unknown) => Promise<unknown>, arg)) as R;
  await probe.close();
  return result;
}

/** Turns Kontext off (false) or on (true) for one host, as the popup's site switch does. */
export async function setSite(context: BrowserContext, extensionId: string, host: string, on: boolean): Promise<void> {
  await inExtension(
    context,
    extensionId,
    async ([h, value]) => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const current = ((await chrome.storage.sync.get('siteSwitches')).siteSwitches ?? {}) as Record<string, boolean>;
      await chrome.storage.sync.set({ siteSwitches: { ...current, [h as string]: value as boolean } });
    },
    [host, on] as const,
  );
}

/** The article context the content script last reported for the one content tab. */
export async function reportedContext(context: BrowserContext, extensionId: string, url: string) {
  const tabId = await tabIdOf(context, extensionId, url);
  return inExtension(
    context,
    extensionId,
    async (id) => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const reply = (await chrome.runtime.sendMessage({ type: 'ui→bg:page-context', tabId: id })) as {
        context: { url: string; entities: { key: string }[] } | null;
      };
      return reply.context;
    },
    tabId,
  );
}
