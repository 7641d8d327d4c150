/**
 * The user's own entities end to end: import a CSV in the options page, see the person highlighted
 * in an article (in inflected forms), open their card marked as the user's own, find them in the
 * popup search; a malformed file shows its row errors and changes nothing.
 */
import type { Page } from '@playwright/test';
import { test, expect, FIXTURE_ORIGIN } from './support/fixtures';

const PAGE = `${FIXTURE_ORIGIN}/custom-entity/`;
const PERSON_ID = 'user:per-aidar-bekmukhanov';
const CSV = [
  'id,type,name_ru,name_en,country,gender,role_ru,role_en',
  'per-aidar-bekmukhanov,PER,Айдар Бекмуханов,Aidar Bekmukhanov,KZ,m,"главный редактор журнала ""Курсив""",editor-in-chief of Kursiv',
  'loc-zhana-aul,LOC,Жана-Аул,Zhana-Aul,KZ,,,',
].join('\r\n');

/** The stored custom entities, read in the extension page. */
function storedEntities(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<unknown> } } } }).chrome;
    return api.storage.local.get('customEntities');
  });
}

async function importFile(page: Page, extensionId: string, name: string, text: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('custom-file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

test('an imported person is highlighted, carded as the user\'s own and found by the popup search', async ({ context, page, extensionId }) => {
  const options = await context.newPage();
  await importFile(options, extensionId, 'mine.csv', CSV);
  await expect(options.getByTestId('import-ok')).toBeVisible();
  await expect(options.getByTestId('custom-item')).toHaveCount(2);

  await page.goto(PAGE);
  const marks = page.locator(`kontext-mention[data-kontext-entity="${PERSON_ID}"]`);
  // Nominative, genitive and instrumental: «Айдар Бекмуханов», «Айдара Бекмуханова», «Айдаром Бекмухановым».
  await expect(marks).toHaveCount(3);
  await expect(marks.first()).toHaveAttribute('data-kontext-type', 'PER');
  await expect(page.locator('kontext-mention[data-kontext-entity="user:loc-zhana-aul"]')).toHaveCount(1);
  // Bundled entities on the same page are still found.
  await expect(page.locator('kontext-mention[data-kontext-entity="country:KZ"]').first()).toBeVisible();

  await marks.first().hover();
  const card = page.locator('kontext-card [role="dialog"]');
  await expect(card).toBeVisible();
  // The browser runs in English, so the card shows the English name and post.
  await expect(card).toContainText('Aidar Bekmukhanov');
  await expect(card).toContainText('editor-in-chief of Kursiv');
  await expect(card.getByTestId('card-yours')).toBeVisible();
  const view = await options.evaluate(async (id) => {
    // Runs in the extension page, where the `chrome` API exists.
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ entity: { origin?: string } }> } } }).chrome;
    return api.runtime.sendMessage({ type: 'any→bg:entity', id });
  }, PERSON_ID);
  expect(view.entity.origin).toBe('user');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('search-input').fill('Бекмуханова');
  await expect(popup.getByTestId('search-result').first()).toHaveAttribute('data-entity-id', PERSON_ID);
  // The user's own entities are marked as theirs.
  await expect(popup.getByTestId('search-result').first().getByTestId('badge-yours')).toBeVisible();
});

test('a malformed file lists each bad row and leaves the existing entities exactly as they were', async ({ page, extensionId }) => {
  await importFile(page, extensionId, 'mine.csv', CSV);
  await expect(page.getByTestId('import-ok')).toBeVisible();
  const before = await storedEntities(page);

  const bad = [
    'type,name_ru,country,gender,website',
    'PER,Новый Человек,KZ,m,', // valid on its own: must not be imported either
    'PER,,KZ,m,', // row 3: no name
    'XYZ,Кто-то,KZ,,', // row 4: bad type
    'PER,Анна Иванова,Kazakhstan,f,javascript:alert(1)', // row 5: country and website
  ].join('\n');
  await importFile(page, extensionId, 'bad.csv', bad);
  const problems = page.getByTestId('import-problem');
  await expect(page.getByTestId('import-problems')).toBeVisible();
  await expect(problems.filter({ hasText: 'Row 3' })).toHaveCount(1);
  await expect(page.locator('[data-testid="import-problem"][data-row="4"][data-code="invalid_type"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="import-problem"][data-row="5"][data-code="invalid_country"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="import-problem"][data-row="5"][data-code="invalid_url"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="import-problem"][data-row="2"]')).toHaveCount(0);

  await expect(page.getByTestId('custom-item')).toHaveCount(2);
  expect(await storedEntities(page)).toEqual(before);

  // Malformed JSON is rejected the same way.
  await importFile(page, extensionId, 'bad.json', '[{"type": "PER", "name_ru": "Х"');
  await expect(page.locator('[data-testid="import-problem"][data-code="json_syntax"]')).toHaveCount(1);
  expect(await storedEntities(page)).toEqual(before);
});

test('an entity can be added, edited and deleted in the options page', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('custom-add').click();
  await page.getByTestId('field-type').selectOption('ORG');
  await page.getByTestId('field-name_ru').fill('Фонд «Пример»');
  await page.getByTestId('field-website').fill('javascript:alert(1)');
  await page.getByTestId('custom-save').click();
  await expect(page.locator('[data-testid="import-problem"][data-code="invalid_url"]')).toBeVisible();
  await page.getByTestId('field-website').fill('https://example.org');
  await page.getByTestId('custom-save').click();
  const item = page.getByTestId('custom-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Фонд «Пример»');

  await item.getByTestId('custom-edit').click();
  await page.getByTestId('field-short').fill('ФП');
  await page.getByTestId('field-name_ru').fill('Фонд «Пример-2»');
  await page.getByTestId('custom-save').click();
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Фонд «Пример-2»');

  await item.getByTestId('custom-delete').click();
  await expect(page.getByTestId('custom-empty')).toBeVisible();
});
