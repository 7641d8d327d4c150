/**
 * The page is sacred on dynamic and unusual pages: client-side navigation, infinite scroll,
 * "read more", framework text updates, same-origin frames, a strict Content-Security-Policy and
 * article text in shadow DOM.
 */
import { test, expect } from './support/fixtures';
import { annotationPasses, reportedContext, sacredUrl, servedText } from './page-sacred-helpers';

const DYNAMIC = sacredUrl('sacred-dynamic');

test.describe('dynamic pages', () => {
  test('client-side navigation resets the article: old highlights go, the new one is annotated and reported', async ({ page, context, extensionId }) => {
    await page.goto(DYNAMIC);
    await annotationPasses(page);
    await expect(page.locator('#story kontext-mention', { hasText: 'Туреханов' }).first()).toBeVisible();

    await page.locator('#to-story-2').click();
    await expect(page).toHaveURL(sacredUrl('sacred-dynamic', 'story-2'));
    await annotationPasses(page, 2);
    await expect(page.locator('#story kontext-mention', { hasText: 'Гойкович' }).first()).toBeVisible();
    await expect(page.locator('kontext-mention', { hasText: 'Туреханов' })).toHaveCount(0);

    await expect
      .poll(async () => {
        const reported = await reportedContext(context, extensionId, page.url());
        return { url: reported?.url, keys: reported?.entities.map((e) => e.key) ?? [] };
      })
      .toMatchObject({ url: sacredUrl('sacred-dynamic', 'story-2'), keys: expect.arrayContaining(['person:maja-gojkovic']) });
    const reported = await reportedContext(context, extensionId, page.url());
    expect(reported?.entities.map((e) => e.key)).not.toContain('person:valikhan-turekhanov');
  });

  test('infinite scroll: stories appended later are annotated as they appear', async ({ page }) => {
    await page.goto(DYNAMIC);
    await annotationPasses(page);
    await page.locator('#sentinel').scrollIntoViewIfNeeded();
    await expect(page.locator('article[data-feed="0"] kontext-mention').first()).toBeVisible();
    await page.evaluate(() => {
      const append = (window as unknown as { __appendStory(): void }).__appendStory;
      append();
      append();
    });
    await expect(page.locator('article[data-feed="1"] kontext-mention').first()).toBeVisible();
    await expect(page.locator('article[data-feed="2"] kontext-mention').first()).toBeVisible();
  });

  test('"read more" text is annotated once revealed', async ({ page }) => {
    await page.goto(DYNAMIC);
    await annotationPasses(page);
    await expect(page.locator('#more-text kontext-mention')).toHaveCount(0);
    await page.locator('#read-more').click();
    await expect(page.locator('#more-text kontext-mention', { hasText: 'Атамкулов' })).toBeVisible();
  });

  test('a framework updating a text node Kontext split shows exactly its new text, re-annotated', async ({ page }) => {
    await page.goto(DYNAMIC);
    await expect(page.locator('#live kontext-mention', { hasText: 'Туреханов' })).toBeVisible();
    await page.locator('#retext').click();
    await expect(page.locator('#live')).toHaveText('Вечером Майя Гойкович вернулась в Нови-Сад.');
    await expect(page.locator('#live kontext-mention', { hasText: 'Гойкович' })).toBeVisible();
    await expect(page.locator('#live')).toHaveText('Вечером Майя Гойкович вернулась в Нови-Сад.');
  });
});

test.describe('frames, CSP and shadow DOM', () => {
  test('same-origin and srcdoc frames are annotated and styled; a cross-origin frame is left alone', async ({ page }) => {
    await page.goto(sacredUrl('sacred-frames'));
    const inner = page.frameLocator('#same-origin');
    await expect(inner.locator('kontext-mention', { hasText: 'Туреханов' })).toBeVisible();
    await expect(page.frameLocator('#srcdoc').locator('kontext-mention', { hasText: 'Гойкович' })).toBeVisible();
    const decoration = await inner.locator('kontext-mention').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(decoration).toContain('underline');

    const cross = page.frameLocator('#cross-origin');
    await expect(cross.locator('article p').first()).toBeVisible();
    await page.waitForTimeout(1_000);
    await expect(cross.locator('kontext-mention')).toHaveCount(0);
  });

  test('a strict Content-Security-Policy page is annotated and its cards open, with no violation', async ({ page }) => {
    const url = sacredUrl('sacred-csp');
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
    await annotationPasses(page);
    const mark = page.locator('kontext-mention', { hasText: 'Туреханов' }).first();
    await expect(mark).toBeVisible();
    expect(await mark.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
    await mark.hover();
    await expect(page.locator('kontext-card [role="dialog"]')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('article')!.textContent)).toBe(await servedText(page, url, 'article'));
  });

  test('article text in an open shadow root is annotated and styled; unslotted text is not', async ({ page }) => {
    await page.goto(sacredUrl('sacred-shadow'));
    await annotationPasses(page);
    const inShadow = page.locator('news-story kontext-mention', { hasText: 'Туреханов' });
    await expect(inShadow.first()).toBeVisible();
    expect(await inShadow.first().evaluate((el) => el.getRootNode() instanceof ShadowRoot)).toBe(true);
    expect(await inShadow.first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
    // Slotted light-DOM text is shown, so it is annotated; light-DOM text no slot takes is not.
    await expect(page.locator('news-story > span[slot] kontext-mention', { hasText: 'Атамкулов' })).toBeVisible();
    await expect(page.locator('news-story > span:not([slot]) kontext-mention')).toHaveCount(0);
    // A highlight inside the shadow root opens its card like any other.
    await inShadow.first().hover();
    await expect(page.locator('kontext-card [role="dialog"]')).toContainText(/Turekhanov|Туреханов/);
  });
});
