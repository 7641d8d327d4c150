/**
 * The side panel for the demo article: entities with counts, jump to a mention, per-type filters on
 * the page, the three exports, the context-menu lookup path, and pages that cannot be annotated.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ArticlePage, DEMO_URL, findTabId, SidePanelPage, type ExtensionGlobal } from './support/pages';

const GOJKOVIC = 'person:maja-gojkovic';
const VOJVODINA = 'region:784272';

async function openDemo({ context, extensionId, page }: { context: BrowserContext; extensionId: string; page: Page }) {
  const article = await new ArticlePage(page).open();
  // Read the tab id before opening any other page: the helper finds the one tab besides its probe.
  const tabId = await article.tabId(context, extensionId);
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.entities.first()).toBeVisible();
  return { article, panel, tabId };
}

test('lists the article entities grouped, with counts', async ({ context, extensionId, page }) => {
  const { panel } = await openDemo({ context, extensionId, page });
  await expect(panel.entity(VOJVODINA)).toContainText('Воеводин');
  await expect(panel.entity(VOJVODINA)).toContainText('×3');
  await expect(panel.entity(GOJKOVIC)).toContainText('Гойкович');
  await expect(panel.entity(GOJKOVIC)).toContainText('×2');
  await expect(panel.entity(GOJKOVIC)).toHaveAttribute('data-entity-type', 'PER');
  await expect(panel.entity('org:mfa-kz')).toHaveAttribute('data-entity-type', 'ORG');
  // People come first, then places, then organizations.
  const types = await panel.entities.evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-type')));
  expect(types.join('')).toMatch(/^P*(PER)*(LOC)*(ORG)*$/);
  await expect(panel.page.getByTestId('related')).toContainText('No related articles yet');
});

test('clicking an entity scrolls to its mention and flashes it, cycling on repeat', async ({ context, extensionId, page }) => {
  const { article, panel } = await openDemo({ context, extensionId, page });
  const mentions = article.mentionsOf(GOJKOVIC);
  await expect(mentions).toHaveCount(2);
  await panel.entity(GOJKOVIC).click();
  await expect(mentions.nth(0)).toHaveAttribute('data-kontext-flash', '');
  await expect(mentions.nth(0)).toBeInViewport();
  await panel.entity(GOJKOVIC).click();
  await expect(mentions.nth(1)).toHaveAttribute('data-kontext-flash', '');
  await expect(mentions.nth(1)).toBeInViewport();
});

test('filters hide the highlights of a type on the page', async ({ context, extensionId, page }) => {
  const { article, panel } = await openDemo({ context, extensionId, page });
  const places = article.page.locator('kontext-mention[data-kontext-type="LOC"]');
  await panel.filter('LOC').click();
  await expect(panel.filter('LOC')).toHaveAttribute('aria-pressed', 'false');
  await expect(places.first()).toHaveAttribute('data-kontext-off', '');
  await expect(article.page.locator('kontext-mention[data-kontext-type="PER"][data-kontext-off]')).toHaveCount(0);
  await expect(panel.entity(VOJVODINA)).toHaveCount(0);
  await panel.filter('LOC').click();
  await expect(article.page.locator('kontext-mention[data-kontext-off]')).toHaveCount(0);
});

test('exports JSON, CSV and Markdown with the expected rows', async ({ context, extensionId, page }) => {
  const { panel } = await openDemo({ context, extensionId, page });

  const json = await panel.export('json');
  expect(json.name).toMatch(/^kontext-2026-02-13-.+\.json$/);
  const doc = JSON.parse(json.text);
  expect(doc.article.url).toBe(DEMO_URL);
  expect(doc.article.published).toBe('2026-02-13T14:20:00+05:00');
  expect(doc.entities).toContainEqual(expect.objectContaining({ entityId: GOJKOVIC, type: 'PER', mentions: 2 }));
  expect(doc.entities).toContainEqual(expect.objectContaining({ entityId: VOJVODINA, type: 'LOC', mentions: 3 }));

  const csv = await panel.export('csv');
  const lines = csv.text.trimEnd().split('\r\n');
  expect(lines[0]).toBe('article_url,article_title,article_published,type,name,entity_id,mentions,roles');
  expect(lines).toHaveLength(1 + doc.entities.length);
  expect(lines.find((l) => l.includes(`,${GOJKOVIC},`))).toMatch(new RegExp(`^${DEMO_URL},.*,PER,.*,${GOJKOVIC},2,`));

  const md = await panel.export('md');
  expect(md.text).toContain(`<${DEMO_URL}>`);
  expect(md.text).toMatch(new RegExp(`\\| ${VOJVODINA} \\| 3 \\|`));
  expect(md.text.split('\n').filter((l) => l.startsWith('| ')).length).toBe(2 + doc.entities.length);
});

test('the context-menu lookup opens the entity in the side panel search', async ({ context, extensionId, page }) => {
  const { panel, tabId } = await openDemo({ context, extensionId, page });
  // The same function the menu's onClicked calls, reached through the background's router
  // (Playwright cannot click native context menus).
  await panel.page.evaluate(
    ([query, tab]) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({ type: 'ui→bg:lookup', query, tabId: tab }),
    ['  Майей\nГойкович ', tabId] as const,
  );
  await expect(panel.search.input).toHaveValue('Майей Гойкович');
  await expect(panel.search.details).toHaveAttribute('data-entity-id', GOJKOVIC);
});

test('a page opened before the panel still shows (context asked from the tab)', async ({ context, extensionId, page }) => {
  const article = await new ArticlePage(page).open();
  const tabId = await article.tabId(context, extensionId);
  // Drop what the background stored, as after a service-worker restart with lost session state.
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=999999`);
  await probe.evaluate((id) => (globalThis as unknown as ExtensionGlobal).chrome.storage.session.remove(`pageContext:${id}`), tabId);
  await probe.close();
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.entity(GOJKOVIC)).toContainText('×2');
});

test('says clearly when a page cannot be annotated', async ({ context, extensionId }) => {
  const tab = await context.newPage();
  await tab.goto('chrome://version/');
  const panel = await SidePanelPage.open(context, extensionId, await findTabId(context, extensionId, 'chrome://version'));
  await expect(panel.note).toHaveAttribute('data-reason', 'browser');
  await expect(panel.note).toContainText('browser page');
});
