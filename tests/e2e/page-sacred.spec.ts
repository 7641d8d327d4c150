/**
 * The page is sacred: Kontext annotates only visible article text, never editors, code, scripts or
 * hidden text; links keep working; the text is unchanged; hostile page strings execute nothing;
 * switching Kontext off removes everything at once. Real built extension, local fixture pages.
 */
import { test, expect } from './support/fixtures';
import { annotationPasses, sacredUrl, servedText, setSite } from './page-sacred-helpers';
import { DEFAULT_PREFERENCES } from '../../lib/storage/preferences';

const RULES = sacredUrl('sacred-rules');
const HOSTILE = sacredUrl('sacred-hostile');

test.describe('only visible article text is annotated', () => {
  test('editors, form controls, code, scripts, graphics and hidden text stay untouched', async ({ page }) => {
    await page.goto(RULES);
    await annotationPasses(page);
    await expect(page.locator('[data-visible] kontext-mention').first()).toBeVisible();
    expect(await page.locator('[data-visible] kontext-mention').count()).toBeGreaterThanOrEqual(4);
    // A visibility:hidden parent with a child that makes itself visible again: the child is annotated.
    await expect(page.locator('[data-visible-again] kontext-mention').first()).toBeVisible();

    const touched = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-zone]'))
        .filter((zone) => zone.querySelector('kontext-mention'))
        .map((zone) => zone.getAttribute('data-zone')),
    );
    expect(touched).toEqual([]);
    // Form values and editor text are exactly as served.
    await expect(page.locator('[data-zone="input"]')).toHaveValue('Валихан Туреханов, Таджикистан');
    await expect(page.locator('[data-zone="textarea"]')).toHaveValue('Валихан Туреханов посетил Таджикистан.');
  });

  test('text revealed later (a <details> opened) is annotated then', async ({ page }) => {
    await page.goto(RULES);
    await annotationPasses(page);
    await expect(page.locator('[data-zone="details-body"] kontext-mention')).toHaveCount(0);
    await page.locator('[data-zone="details-closed"] summary').click();
    await expect(page.locator('[data-zone="details-body"] kontext-mention').first()).toBeVisible();
  });

  test('a highlighted name inside a link still follows the link', async ({ page }) => {
    await page.goto(RULES);
    const mark = page.locator('#name-link kontext-mention').first();
    await expect(mark).toBeVisible();
    await mark.click();
    await expect(page).toHaveURL(sacredUrl('sacred-rules', 'target.html'));
    await expect(page.locator('#target')).toBeVisible();
  });
});

test.describe('the page text is unchanged', () => {
  test('identical textContent while highlighted, and identical text nodes after switching off', async ({ page, context, extensionId }) => {
    await page.goto(RULES);
    await annotationPasses(page);
    await expect(page.locator('kontext-mention').first()).toBeVisible();
    expect(await page.evaluate(() => document.body.textContent)).toBe(await servedText(page, RULES));

    await setSite(context, extensionId, '127.0.0.1', false);
    await expect(page.locator('kontext-mention')).toHaveCount(0);
    expect(await page.evaluate(() => document.body.textContent)).toBe(await servedText(page, RULES));
    // Not just equal text: the original text nodes are back (no splits left behind, nothing merged).
    const [live, served] = await page.evaluate(async (url) => {
      const count = (root: Node) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (walker.nextNode()) n++;
        return n;
      };
      const html = await (await fetch(url)).text();
      return [count(document.body), count(new DOMParser().parseFromString(html, 'text/html').body)];
    }, RULES);
    expect(live).toBe(served);
  });
});

test.describe('switching Kontext off', () => {
  test('for the site removes every highlight and stops watching the page; on again re-annotates', async ({ page, context, extensionId }) => {
    await page.goto(RULES);
    await annotationPasses(page);
    await expect(page.locator('kontext-mention').first()).toBeVisible();
    await setSite(context, extensionId, '127.0.0.1', false);
    await expect(page.locator('kontext-mention')).toHaveCount(0);

    // Text added while off stays plain: no observer is left behind.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Посол Казахстана в Таджикистане Валихан Туреханов вернулся в Астану.';
      document.querySelector('article')!.append(p);
    });
    await page.waitForTimeout(1_000);
    await expect(page.locator('kontext-mention')).toHaveCount(0);

    await setSite(context, extensionId, '127.0.0.1', true);
    await expect(page.locator('#late kontext-mention').first()).toBeVisible();
    await expect(page.locator('[data-visible] kontext-mention').first()).toBeVisible();
  });

  test('globally removes every highlight', async ({ page, context, extensionId }) => {
    await page.goto(RULES);
    await annotationPasses(page);
    await expect(page.locator('kontext-mention').first()).toBeVisible();
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=999999`);
    await probe.evaluate(async (defaults) => {
      type Sync = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      const sync = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync;
      const stored = (await sync.get('preferences')).preferences as Record<string, unknown> | undefined;
      // Only `enabled` changes (nothing is stored yet on a fresh profile: start from the defaults).
      await sync.set({ preferences: { ...(stored ?? defaults), enabled: false } });
    }, DEFAULT_PREFERENCES);
    await probe.close();
    await expect(page.locator('kontext-mention')).toHaveCount(0);
  });
});

test.describe('hostile page strings', () => {
  test('script tags, handlers, javascript: URLs and lookalike Unicode next to names execute nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(HOSTILE);
    await annotationPasses(page);
    await expect(page.locator('#p-script kontext-mention').first()).toBeVisible();
    await expect(page.locator('#p-handlers kontext-mention').first()).toBeVisible();

    // Open a card on a name surrounded by markup-like text.
    await page.locator('#p-handlers kontext-mention').first().hover();
    await expect(page.locator('kontext-card [role="dialog"]')).toBeVisible();
    await page.mouse.move(0, 0);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('article img, article script, article svg, article iframe').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('article')!.textContent)).toBe(await servedText(page, HOSTILE, 'article'));
    // The page's own fake <kontext-mention> is left exactly as it was.
    const fake = page.locator('#p-attrs > kontext-mention');
    await expect(fake).toHaveAttribute('data-kontext-entity', '"><img src=x onerror=alert(12)>');
    await expect(fake.locator('kontext-mention')).toHaveCount(0);
  });
});
