/**
 * Work done before the reader needs it. The dataset loads while a page is still loading (a
 * document_start script asks for it), so the first annotate request does not wait for it; not on
 * sites switched off. The search index is built as soon as a search box opens, before a keystroke.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { annotationPasses, MARK_START, sacredUrl } from './page-sacred-helpers';

/** The slow page: its render-blocking script is answered 2.5 s late, so it stays loading. */
const SLOW = sacredUrl('sacred-slow');

async function worker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Whether the background has set a performance mark (knowledge.ts marks what it has built). */
function marked(sw: Worker, name: string): Promise<boolean> {
  return sw.evaluate((n) => performance.getEntriesByName(n).length > 0, name);
}

const datasetReady = (sw: Worker) => marked(sw, 'kontext:dataset-ready');
const searchReady = (sw: Worker) => marked(sw, 'kontext:search-ready');

test('the dataset is ready before a still-loading page has sent any text', async ({ context, page }) => {
  const sw = await worker(context);
  expect(await datasetReady(sw)).toBe(false);
  await page.goto(SLOW, { waitUntil: 'commit' });
  await expect.poll(() => datasetReady(sw), { timeout: 10_000 }).toBe(true);
  // Still loading: the main content script (document_idle) has not run, nothing was annotated.
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  expect(await page.evaluate((mark) => performance.getEntriesByName(mark).length, MARK_START)).toBe(0);
  // Once loaded, the page is annotated as usual.
  await annotationPasses(page);
  await expect(page.locator('kontext-mention', { hasText: 'Туреханов' }).first()).toBeVisible();
});

test('a page on a site switched off does not make the background load the dataset', async ({ context, page }) => {
  const sw = await worker(context);
  // Switched off from the worker, as the popup's site switch stores it: opening an extension page
  // with a search box would itself ask for the dataset.
  await sw.evaluate(async (host) => {
    const sync = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome.storage.sync;
    await sync.set({ siteSwitches: { [host]: false } });
  }, '127.0.0.1');
  expect(await datasetReady(sw)).toBe(false);
  await page.goto(SLOW);
  // The page has loaded: the early request (2.5 s ago) and the main content script both had their chance.
  expect(await page.evaluate(() => document.readyState)).toBe('complete');
  expect(await datasetReady(sw)).toBe(false);
  await expect(page.locator('kontext-mention')).toHaveCount(0);
});

test('opening the popup builds the search index before the first keystroke', async ({ context, extensionId }) => {
  const sw = await worker(context);
  expect(await searchReady(sw)).toBe(false);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // Nothing typed: the search box asked for the index when it opened.
  await expect.poll(() => searchReady(sw), { timeout: 15_000 }).toBe(true);
  await expect(popup.getByRole('searchbox').or(popup.locator('input')).first()).toHaveValue('');
});
