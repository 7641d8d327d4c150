/**
 * The popup in the real extension: search over the full dataset (any case form, either script),
 * and the per-site switch taking highlights off the demo page and back.
 */
import { expect, test } from './support/fixtures';
import { ArticlePage, PopupPage } from './support/pages';

const SEARCHES: readonly [query: string, firstId: string][] = [
  ['Гойкович', 'person:maja-gojkovic'],
  ['gojkovic', 'person:maja-gojkovic'],
  ['нови сад', 'city:3194360'],
  ['Novi Sad', 'city:3194360'],
  ['Алматинской', 'region:1537162'],
  ['mid rk', 'org:mfa-kz'],
];

test('search finds the right entity first, in any form or script', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  // The first query in a fresh profile also loads the dataset in the background (cold start).
  await popup.search.search('Гойкович');
  await expect(popup.search.results.first()).toBeVisible({ timeout: 30_000 });
  for (const [query, firstId] of SEARCHES) {
    await popup.search.search(query);
    await expect(popup.search.results.first(), query).toHaveAttribute('data-entity-id', firstId);
  }
});

test('arrow keys and Enter open the card; the lookup is remembered', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.search.search('Гойкович');
  await expect(popup.search.results.first()).toHaveAttribute('data-entity-id', 'person:maja-gojkovic');
  await popup.search.input.press('ArrowDown');
  await popup.search.input.press('ArrowUp');
  await popup.search.input.press('Enter');
  await expect(popup.search.details).toHaveAttribute('data-entity-id', 'person:maja-gojkovic');
  await expect(popup.search.details).toContainText(/Gojković|Гойкович/);

  await popup.search.search('');
  await expect(popup.page.getByTestId('recent-lookup').first()).toHaveAttribute('data-entity-id', 'person:maja-gojkovic');
});

test('a query with no match says so', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.search.search('zzqxwv');
  await expect(popup.page.getByTestId('search-empty')).toBeVisible();
  await expect(popup.search.results).toHaveCount(0);
});

test('the site switch removes and restores highlights on the demo page', async ({ context, extensionId, page }) => {
  const article = await new ArticlePage(page).open();
  const before = await article.mentions.count();
  expect(before).toBeGreaterThan(5);
  const popup = await PopupPage.open(context, extensionId, await article.tabId(context, extensionId));
  await expect(popup.pageCount).not.toHaveAttribute('data-count', '0');
  await expect(popup.siteSwitch).toBeChecked();

  await popup.siteSwitch.click();
  await expect(popup.siteSwitch).not.toBeChecked();
  await expect(article.mentions).toHaveCount(0);

  await popup.siteSwitch.click();
  await expect(popup.siteSwitch).toBeChecked();
  await expect(article.mentions).toHaveCount(before);
});
