/**
 * Related articles in the real extension: reading history, the card and side panel lists, the
 * history switch, a feed served locally, and export/import into a fresh profile.
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, FIXTURE_ORIGIN, extensionIdOf, launchWithExtension } from './support/fixtures';

const url = (slug: string) => `${FIXTURE_ORIGIN}/${slug}/`;
const FEED_URL = `${FIXTURE_ORIGIN}/related-feed/feed.xml`;

/** Sends a protocol message from an extension page (the background accepts `ui→` only from those). */
async function ask<T>(ext: Page, message: object): Promise<T> {
  return ext.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message) as Promise<T>;
}

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  return ext;
}

/** Opens an article and waits until the background has remembered `expectedCount` articles. */
async function read(page: Page, ext: Page, slug: string, expectedCount?: number): Promise<void> {
  await page.goto(url(slug));
  await expect(page.locator('article kontext-mention').first()).toBeVisible();
  if (expectedCount !== undefined) {
    await expect.poll(async () => (await ask<{ count: number }>(ext, { type: 'ui→bg:history-info' })).count).toBe(expectedCount);
  }
}

/** The article tab's id: the one tab besides the extension page `ext` (tabs carry no URLs for us). */
async function articleTabId(ext: Page): Promise<number> {
  const ids = await ext.evaluate(async () => {
    type Tab = { id?: number };
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab | undefined> } } }).chrome;
    const self = await api.tabs.getCurrent();
    return (await api.tabs.query({})).map((t) => t.id ?? -1).filter((id) => id >= 0 && id !== self?.id);
  });
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

/** The related articles the side panel lists for the article tab, in order. */
async function panelList(context: BrowserContext, ext: Page, extensionId: string): Promise<string[]> {
  const tabId = await articleTabId(ext);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  const items = panel.locator('[data-testid="related-item"]');
  await expect(items.first()).toBeVisible();
  const urls = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-url') ?? ''));
  await panel.close();
  return urls;
}

async function cardList(page: Page, entityId: string): Promise<string[]> {
  await page.mouse.move(0, 0);
  await page.locator(`article kontext-mention[data-kontext-entity="${entityId}"]`).first().hover();
  const card = page.locator('kontext-card [data-testid="card"]');
  await expect(card).toBeVisible();
  const links = card.locator('section[aria-label="Related articles"] li a');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
}

test('three articles read, then a fourth: its cards and side panel list them in the expected order', async ({ page, context, extensionId }) => {
  const ext = await extensionPage(context, extensionId);
  await read(page, ext, 'related-1', 1);
  await read(page, ext, 'related-2', 2);
  await read(page, ext, 'related-3', 3);
  await read(page, ext, 'related-4', 4);

  // Side panel: shared rare entities first (Gojković + Vojvodina + Novi Sad), Tokayev + Kazakhstan last.
  expect(await panelList(context, ext, extensionId)).toEqual([url('related-1'), url('related-3'), url('related-2')]);
  // Cards: by how central the entity is to each article; the current page is never listed.
  expect(await cardList(page, 'region:784272')).toEqual([url('related-3'), url('related-1')]);
  expect(await cardList(page, 'country:KZ')).toEqual([url('related-2'), url('related-1'), url('related-3')]);
  // A re-visit updates rather than duplicates.
  await read(page, ext, 'related-1', 4);
});

test('with history off a new visit is not recorded', async ({ page, context, extensionId }) => {
  const ext = await extensionPage(context, extensionId);
  const toggle = ext.getByTestId('history-enabled');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await read(page, ext, 'related-5');
  // Switch history back on only after the page's context reached the background (and was not recorded).
  const tabId = await articleTabId(ext);
  await expect
    .poll(async () => {
      const { context: reported } = await ask<{ context: { url: string; entities: unknown[] } | null }>(ext, { type: 'ui→bg:page-context', tabId });
      return reported?.url === url('related-5') && reported.entities.length > 0;
    })
    .toBe(true);
  expect((await ask<{ count: number }>(ext, { type: 'ui→bg:history-info' })).count).toBe(0);
  await toggle.check();
  // The next visit is recorded; only then is it certain the earlier one had its chance.
  await read(page, ext, 'related-1', 1);
  const { json } = await ask<{ json: string }>(ext, { type: 'ui→bg:history-export' });
  expect((JSON.parse(json) as { articles: { url: string }[] }).articles.map((a) => a.url)).toEqual([url('related-1')]);
});

test('a subscribed feed is polled and its items appear as related articles', async ({ page, context, extensionId }) => {
  const ext = await extensionPage(context, extensionId);
  await ext.getByTestId('feed-url').fill(`${FIXTURE_ORIGIN}/related-feed/broken.xml`);
  await ext.getByTestId('feed-subscribe').click();
  await expect(ext.locator('[data-testid="feed"][data-status="not-xml"]')).toBeVisible();
  await ext.getByTestId('feed-url').fill(FEED_URL);
  await ext.getByTestId('feed-subscribe').click();
  await expect(ext.locator(`[data-testid="feed"][data-url="${FEED_URL}"]`)).toHaveAttribute('data-status', 'ok');
  // Polling again (what the alarm does) updates rather than duplicates.
  await ask(ext, { type: 'ui→bg:feeds-poll' });
  expect((await ask<{ count: number }>(ext, { type: 'ui→bg:history-info' })).count).toBe(2);

  await read(page, ext, 'related-4', 3);
  const panel = await panelList(context, ext, extensionId);
  expect(panel[0]).toBe(`${FIXTURE_ORIGIN}/related-feed/gojkovic-investors`);
  expect(await cardList(page, 'person:maja-gojkovic')).toEqual([`${FIXTURE_ORIGIN}/related-feed/gojkovic-investors`]);
  // The feed's markup stayed text: no script ran, no tags in titles.
  expect(await page.title()).not.toBe('pwned');
});

test('export, then import into a fresh profile, restores the same related list', async ({ page, context, extensionId }) => {
  const ext = await extensionPage(context, extensionId);
  for (const [i, slug] of ['related-1', 'related-2', 'related-3', 'related-4'].entries()) await read(page, ext, slug, i + 1);
  const before = await panelList(context, ext, extensionId);
  const download = ext.waitForEvent('download');
  await ext.getByTestId('history-export').click();
  const file = await (await download).path();
  expect(file).toBeTruthy();

  const fresh = await launchWithExtension();
  try {
    const id = await extensionIdOf(fresh.context);
    const freshExt = await extensionPage(fresh.context, id);
    // A bad file changes nothing and says why.
    await freshExt.getByTestId('history-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
    await expect(freshExt.getByTestId('history-note')).toContainText('format');
    await freshExt.getByTestId('history-import').setInputFiles(file!);
    await expect(freshExt.getByTestId('history-note')).toContainText('4');
    const freshPage = fresh.context.pages()[0] ?? (await fresh.context.newPage());
    await freshPage.goto(url('related-4'));
    await expect(freshPage.locator('article kontext-mention').first()).toBeVisible();
    expect(await panelList(fresh.context, freshExt, id)).toEqual(before);
    expect(fs.existsSync(file!)).toBe(true);
  } finally {
    await fresh.close();
  }
});
