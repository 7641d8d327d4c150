/**
 * The foundation's vertical slice on the demo article, in the real built extension:
 * highlights linked to the right entities, a hover card in a shadow root, popup search, side panel.
 */
import { test, expect, FIXTURE_ORIGIN, tabIdOf } from './support/fixtures';
import { DEMO_EXPECTED, DEMO_PATH } from './support/demo';

test.describe('demo article', () => {
  test('highlights every expected mention with the right entity', async ({ page }) => {
    await page.goto(FIXTURE_ORIGIN + DEMO_PATH);
    const article = page.locator('article');
    await expect(article.locator('kontext-mention').first()).toBeVisible();
    for (const expected of DEMO_EXPECTED) {
      const marks = article.locator(`kontext-mention[data-kontext-entity="${expected.entityId}"]`);
      await expect(marks, `${expected.label} (${expected.entityId})`).toHaveCount(expected.count);
      for (const type of await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-kontext-type')))) {
        expect(type, expected.label).toBe(expected.type);
      }
    }
    // Outside the article (navigation, sidebar, footer) nothing is annotated.
    await expect(page.locator('aside kontext-mention, footer kontext-mention, nav kontext-mention')).toHaveCount(0);
  });

  test('the page text is unchanged by highlighting', async ({ page }) => {
    await page.goto(FIXTURE_ORIGIN + DEMO_PATH);
    await expect(page.locator('kontext-mention').first()).toBeVisible();
    const annotated = await page.locator('article').evaluate((el) => el.textContent);
    const original = await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      return new DOMParser().parseFromString(html, 'text/html').querySelector('article')?.textContent;
    }, FIXTURE_ORIGIN + DEMO_PATH);
    expect(annotated).toBe(original);
  });

  test('hovering a person opens a card in a <kontext-card> shadow root with name, type and role', async ({ page }) => {
    await page.goto(FIXTURE_ORIGIN + DEMO_PATH);
    const mark = page.locator('kontext-mention[data-kontext-entity="person:valikhan-turekhanov"]').first();
    await mark.hover();
    const card = page.locator('kontext-card [role="dialog"]');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Туреханов');
    await expect(card).toContainText('посол Казахстана в Таджикистане');
    const inShadow = await page.evaluate(() => {
      const host = document.querySelector('kontext-card');
      return Boolean(host?.shadowRoot?.querySelector('[role="dialog"]'));
    });
    expect(inShadow).toBe(true);
  });

  test('the popup finds Нови-Сад from «нови сад» and «Novi Sad»', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const input = page.getByTestId('search-input');
    for (const query of ['нови сад', 'Novi Sad']) {
      await input.fill(query);
      const first = page.getByTestId('search-result').first();
      await expect(first).toHaveAttribute('data-entity-id', 'city:3194360');
    }
  });

  test('the side panel lists the entities of the article in the given tab', async ({ page, context, extensionId }) => {
    const url = FIXTURE_ORIGIN + DEMO_PATH;
    await page.goto(url);
    await expect(page.locator('kontext-mention').first()).toBeVisible();
    const tabId = await tabIdOf(context, extensionId, url);
    expect(tabId).toBeGreaterThan(0);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    for (const expected of DEMO_EXPECTED) {
      await expect(panel.locator(`[data-testid="panel-entity"][data-entity-key="${expected.entityId}"]`), expected.label).toHaveCount(1);
    }
  });
});
