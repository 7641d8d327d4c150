/**
 * The dataset loads while a page is still loading: a document_start script asks for it, so the
 * first annotate request (at document_idle) does not wait for it. Not on sites switched off.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { annotationPasses, MARK_START, sacredUrl, setSite } from './page-sacred-helpers';

/** The slow page: its render-blocking script is answered 2.5 s late, so it stays loading. */
const SLOW = sacredUrl('sacred-slow');

async function worker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Whether the background has loaded the dataset (knowledge.ts marks it). */
function datasetReady(sw: Worker): Promise<boolean> {
  return sw.evaluate(() => performance.getEntriesByName('kontext:dataset-ready').length > 0);
}

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

test('a page on a site switched off does not make the background load the dataset', async ({ context, extensionId, page }) => {
  const sw = await worker(context);
  await setSite(context, extensionId, '127.0.0.1', false);
  expect(await datasetReady(sw)).toBe(false);
  await page.goto(SLOW);
  // The page has loaded: the early request (2.5 s ago) and the main content script both had their chance.
  expect(await page.evaluate(() => document.readyState)).toBe('complete');
  expect(await datasetReady(sw)).toBe(false);
  await expect(page.locator('kontext-mention')).toHaveCount(0);
});
