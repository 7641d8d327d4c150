/**
 * The options page in the real built extension: preferences reach open pages live (types, style,
 * per-site switch), "About data" shows the sources and the dataset version, reset restores defaults.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { test, expect, EXT_DIR, FIXTURE_ORIGIN } from './support/fixtures';
import { DEMO_PATH } from './support/demo';

const PERSON = 'kontext-mention[data-kontext-type="PER"]';
const PLACE = 'kontext-mention[data-kontext-type="LOC"]';

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('options')).toBeVisible();
}

async function openDemo(page: Page): Promise<void> {
  await page.goto(FIXTURE_ORIGIN + DEMO_PATH);
  await expect(page.locator(PERSON).first()).toBeVisible();
}

const decoration = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => getComputedStyle(el).textDecorationLine);

test('turning people off removes person highlights live, places stay', async ({ context, page, extensionId }) => {
  await openDemo(page);
  expect(await decoration(page, PERSON)).toBe('underline');
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.getByTestId('type-PER').uncheck();

  await expect(page.locator('html')).toHaveAttribute('data-kontext-hide-per', '');
  await expect.poll(() => decoration(page, PERSON)).toBe('none');
  expect(await page.locator(PERSON).first().evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
  expect(await decoration(page, PLACE)).toBe('underline');

  // Pointing at a switched-off person opens no card (the mouse goes to its box: Playwright's
  // hover() refuses an element that takes no pointer events, which is the point here).
  const box = await page.locator(PERSON).first().boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page.waitForTimeout(1000); // longer than the card's dwell delay
  await expect(page.locator('kontext-card [role="dialog"]')).toHaveCount(0);

  await options.getByTestId('type-PER').check();
  await expect.poll(() => decoration(page, PERSON)).toBe('underline');
});

test('highlight style changes re-style the page without a reload', async ({ context, page, extensionId }) => {
  await openDemo(page);
  const options = await context.newPage();
  await openOptions(options, extensionId);

  await options.getByTestId('style-background').check();
  await expect(page.locator('html')).toHaveAttribute('data-kontext-style', 'background');
  await expect.poll(() => page.locator(PLACE).first().evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect(await decoration(page, PLACE)).toBe('none');

  await options.getByTestId('style-off-until-hover').check();
  await expect(page.locator('html')).toHaveAttribute('data-kontext-style', 'off-until-hover');
  await expect.poll(() => decoration(page, PLACE)).toBe('none');
  await page.locator(PLACE).first().hover();
  await expect.poll(() => decoration(page, PLACE)).toBe('underline');
});

test('switching a site off in the list removes all its highlights; removing it brings them back', async ({ context, page, extensionId }) => {
  await openDemo(page);
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.getByTestId('site-input').fill(`${FIXTURE_ORIGIN}${DEMO_PATH}`);
  await options.getByTestId('site-add').click();
  const item = options.locator('[data-testid="site-item"][data-host="127.0.0.1"]');
  await expect(item).toBeVisible();
  await expect(item.getByTestId('site-toggle')).not.toBeChecked();

  await expect(page.locator('kontext-mention')).toHaveCount(0);

  await item.getByTestId('site-toggle').check();
  await expect(page.locator(PERSON).first()).toBeVisible();
  await item.getByTestId('site-toggle').uncheck();
  await expect(page.locator('kontext-mention')).toHaveCount(0);
  await item.getByTestId('site-remove').click();
  await expect(options.getByTestId('site-item')).toHaveCount(0);
  await expect(page.locator(PERSON).first()).toBeVisible();
});

test('rejects a site entry that is not an address', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await page.getByTestId('site-input').fill('not a site');
  await page.getByTestId('site-add').click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('site-item')).toHaveCount(0);
});

test('About data shows the sources with licences and the dataset version', async ({ page, extensionId }) => {
  // The version of the dataset the built extension actually ships.
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'dataset/manifest.json'), 'utf8')) as { version: string };
  await openOptions(page, extensionId);
  const about = page.getByTestId('about');
  await expect(about.getByTestId('dataset-version')).toContainText(manifest.version);
  const sources = about.getByTestId('sources');
  await expect(sources).toContainText('GeoNames');
  await expect(sources).toContainText('CC BY 4.0');
  await expect(sources).toContainText('iso3166-2-db');
  await expect(sources).toContainText('MIT');
  await expect(sources).toContainText('OpenStreetMap');
  await expect(sources).toContainText('@faker-js/faker');
  await expect(sources).toContainText('ODbL');
  await expect(sources).toContainText(/curated/i);
});

test('the page follows the UI language setting, and reset restores every default', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await page.getByTestId('ui-language').selectOption('ru');
  await expect(page.locator('h1')).toHaveText('Настройки Kontext');
  await page.getByTestId('type-ORG').uncheck();
  await page.getByTestId('style-background').check();
  await page.getByTestId('hover-delay').fill('400');
  await page.getByTestId('hover-delay').blur();

  await page.reload();
  await expect(page.getByTestId('type-ORG')).not.toBeChecked();
  await expect(page.getByTestId('hover-delay')).toHaveValue('400');

  await page.getByTestId('reset').click();
  await page.getByTestId('reset-confirm').click();
  await expect(page.locator('h1')).toHaveText('Kontext settings');
  await expect(page.getByTestId('type-ORG')).toBeChecked();
  await expect(page.getByTestId('style-underline')).toBeChecked();
  await expect(page.getByTestId('hover-delay')).toHaveValue('0');
});
