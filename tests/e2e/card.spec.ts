/**
 * Hover cards in the real built extension on the demo article: pointer and keyboard, card content
 * for people, places and organizations, placement at the viewport edges, accessibility, and
 * screenshots in both themes (test-results/cards/*.png).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, FIXTURE_ORIGIN, launchWithExtension } from './support/fixtures';
import { DEMO_PATH } from './support/demo';

const SHOTS = 'test-results/cards';
const mark = (page: Page, entityId: string) => page.locator(`article kontext-mention[data-kontext-entity="${entityId}"]`).first();
const cardOf = (page: Page) => page.locator('kontext-card [role="dialog"]');

async function openDemo(page: Page) {
  await page.goto(FIXTURE_ORIGIN + DEMO_PATH);
  await expect(page.locator('article kontext-mention').first()).toBeVisible();
}

async function hoverCard(page: Page, entityId: string) {
  await mark(page, entityId).hover();
  const card = cardOf(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.kx-card__name')).not.toHaveText(/Loading|Загрузка/);
  return card;
}

test.describe('hover card', () => {
  test('opens on hover intent, stays while the pointer is in it, closes after leaving', async ({ page }) => {
    await openDemo(page);
    const card = await hoverCard(page, 'person:valikhan-turekhanov');
    await expect(card).toHaveAttribute('aria-labelledby', /kx-title-/);
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 4 });
    await page.waitForTimeout(800); // longer than HIDE_DELAY_MS: the card must still be there
    await expect(card).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(page.locator('kontext-card')).toHaveCount(0);
  });

  test('Туреханов: dataset name, article form, post and "In this article"', async ({ page }) => {
    await openDemo(page);
    const card = await hoverCard(page, 'person:valikhan-turekhanov');
    await expect(card.locator('h2')).toHaveText('Valikhan Turekhanov');
    await expect(card).toContainText('Written as: «Валихана Туреханова»');
    await expect(card).toContainText('In this article: посол Казахстана в Таджикистане');
    await expect(card).toContainText('Ambassador of Kazakhstan to Tajikistan');
    await expect(card).toContainText(/as of .*2026/);
    await expect(card).toContainText('No related articles yet');
  });

  test('Нови-Сад: Serbia, Vojvodina, population, map', async ({ page }) => {
    await openDemo(page);
    const card = await hoverCard(page, 'city:3194360');
    await expect(card.locator('h2')).toHaveText('Novi Sad');
    await expect(card).toContainText('Serbia');
    await expect(card).toContainText('Vojvodina');
    await expect(card).toContainText('Population');
    await expect(card.locator('svg.kx-map')).toBeVisible();
  });

  test('Воеводина: region of Serbia with its admin centre; the country link swaps the card and back returns', async ({ page }) => {
    await openDemo(page);
    const card = await hoverCard(page, 'region:784272');
    await expect(card.locator('h2')).toHaveText('Vojvodina');
    await expect(card).toContainText('Region');
    await expect(card).toContainText('Serbia');
    await expect(card).toContainText('Novi Sad');
    await card.locator('.kx-facts [data-entity="country:RS"]').click();
    await expect(card.locator('h2')).toHaveText('Serbia');
    await expect(card).toContainText('Capital');
    await expect(card).toContainText('Head of state');
    await card.getByTestId('card-back').click();
    await expect(card.locator('h2')).toHaveText('Vojvodina');
  });

  test('МИД РК: full name, abbreviation, kind, country', async ({ page }) => {
    await openDemo(page);
    const card = await hoverCard(page, 'org:mfa-kz');
    await expect(card.locator('h2')).toHaveText('Ministry of Foreign Affairs of the Republic of Kazakhstan');
    await expect(card).toContainText('МИД РК');
    await expect(card).toContainText('Ministry');
    await expect(card).toContainText('Kazakhstan');
  });

  test('a pinned card stays when the pointer leaves and closes with its close button', async ({ page }) => {
    await openDemo(page);
    const card = await hoverCard(page, 'country:RS');
    await card.getByTestId('card-pin').click();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(800);
    await expect(card).toBeVisible();
    await card.getByTestId('card-close').click();
    await expect(page.locator('kontext-card')).toHaveCount(0);
  });
});

test.describe('wrong match', () => {
  test('"hide this name" removes its highlights, also after a reload', async ({ page }) => {
    await openDemo(page);
    const id = 'person:maja-gojkovic';
    await expect(page.locator(`kontext-mention[data-kontext-entity="${id}"]`)).not.toHaveCount(0);
    const card = await hoverCard(page, id);
    await card.locator('.kx-wrong-match summary').click();
    await card.locator('.kx-wrong-match button', { hasText: 'Hide this name' }).click();
    await expect(page.locator('kontext-card')).toHaveCount(0);
    await expect(page.locator(`kontext-mention[data-kontext-entity="${id}"]`)).toHaveCount(0);
    await openDemo(page);
    await expect(page.locator(`kontext-mention[data-kontext-entity="${id}"]`)).toHaveCount(0);
    await expect(page.locator('article')).toContainText('Майей Гойкович'); // the text itself stays
  });
});

test.describe('keyboard', () => {
  test('one tab stop; Alt+Shift+K/J move between highlights, focus opens, Escape closes and keeps focus', async ({ page }) => {
    await openDemo(page);
    await expect(page.locator('kontext-mention[tabindex="0"]')).toHaveCount(1);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Alt+Shift+KeyK');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-kontext-entity') ?? null);
    const first = await focused();
    expect(first).not.toBeNull();
    await expect(cardOf(page)).toBeVisible();
    await page.keyboard.press('Alt+Shift+KeyK');
    const second = await focused();
    await expect(cardOf(page)).toBeVisible();
    await expect(page.locator('kontext-mention[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await focused()).toBe(first);
    expect(second).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect(page.locator('kontext-card')).toHaveCount(0);
    expect(await focused()).toBe(first);
    // Tab from the highlight goes into the card; Escape there returns to the highlight.
    await page.keyboard.press('Alt+Shift+KeyK');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect(cardOf(page)).toBeVisible();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('KONTEXT-CARD');
    await page.keyboard.press('Escape');
    await expect(page.locator('kontext-card')).toHaveCount(0);
    expect(await focused()).toBe(first);
  });
});

test.describe('placement', () => {
  for (const [corner, x, y] of [
    ['top-left', 0, 0],
    ['top-right', 1, 0],
    ['bottom-left', 0, 1],
    ['bottom-right', 1, 1],
  ] as const) {
    test(`a card for a name at the ${corner} corner stays inside the viewport`, async ({ page }) => {
      await openDemo(page);
      const viewport = page.viewportSize()!;
      const target = mark(page, 'country:RS');
      // Pin the highlight itself to the corner (test-only layout change); the card must follow it inside.
      await target.evaluate((el, [fx, fy]) => {
        Object.assign((el as HTMLElement).style, { position: 'fixed', zIndex: '10', background: 'yellow', left: fx ? '' : '0px', right: fx ? '0px' : '', top: fy ? '' : '0px', bottom: fy ? '0px' : '' });
      }, [x, y]);
      const card = await hoverCard(page, 'country:RS');
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const anchor = (await target.boundingBox())!;
      // The card does not cover the name it explains.
      const overlaps = box.y < anchor.y + anchor.height && box.y + box.height > anchor.y && box.x < anchor.x + anchor.width && box.x + box.width > anchor.x;
      expect(overlaps).toBe(false);
    });
  }
});

test.describe('accessibility', () => {
  for (const entityId of ['person:valikhan-turekhanov', 'country:RS', 'org:mfa-kz']) {
    test(`axe finds no serious or critical violations in the ${entityId} card`, async ({ page }) => {
      await openDemo(page);
      await hoverCard(page, entityId);
      const results = await new AxeBuilder({ page }).include('kontext-card').analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`person, place and organization cards (${scheme})`, async () => {
      const launched = await launchWithExtension({ colorScheme: scheme, locale: scheme === 'dark' ? 'ru-RU' : 'en-US' });
      try {
        const page = launched.context.pages()[0] ?? (await launched.context.newPage());
        await openDemo(page);
        for (const [kind, id] of [
          ['person', 'person:valikhan-turekhanov'],
          ['place', 'city:3194360'],
          ['country', 'country:RS'],
          ['org', 'org:mfa-kz'],
        ] as const) {
          // Name near the top, so the whole card fits below it (a card taller than the room scrolls).
          await mark(page, id).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 60));
          const card = await hoverCard(page, id);
          await card.getByTestId('card-pin').click(); // keep it open while the pointer is elsewhere
          await page.mouse.move(2, 2);
          await card.screenshot({ path: `${SHOTS}/${kind}-${scheme}.png`, animations: 'disabled' });
          await card.getByTestId('card-close').click();
          await expect(page.locator('kontext-card')).toHaveCount(0);
        }
      } finally {
        await launched.close();
      }
    });
  }
});
