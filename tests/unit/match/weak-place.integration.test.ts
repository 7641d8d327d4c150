/** Ordinary words that are also town names, on the full dataset: the text around them decides. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DatasetEntities } from '../../../lib/data/dataset';
import { allRecords } from '../../../lib/data/pack';
import { compileMatchIndex } from '../../../lib/match/compile';
import { createRecognizer, recordNames } from '../../../lib/match/recognizer';
import { annotateText } from '../../../scripts/eval/pipeline';

const entities = JSON.parse(readFileSync(join('assets', 'public', 'dataset', 'entities.json'), 'utf8')) as DatasetEntities;
const records = allRecords(entities);
const recognizer = createRecognizer(compileMatchIndex(records), recordNames(records));

describe('not a place', () => {
  test.each([
    ['Аким Павлодарской области Асаин Байханов открыл школу.', 'Аким'],
    ['TASHKENT, May 14 (AP) - Uzbekistan raised tariffs.', 'May'],
    ['LONDON, March 21 - Oil prices rose.', 'March'],
    ['Банк сохранил ставку без изменений.', 'Банк'],
    ['В Караганде открыли Центральный парк после ремонта.', 'Центральный'],
    // Novi, Michigan is «Новый» in GeoNames: the holiday is not the town, in any case.
    ['В Казахстане Новый год встретили тихо.', 'Новый'],
    ['Поздравляю коллег с Новым годом!', 'Новым'],
    ['Подготовка к празднованию Нового года идет полным ходом.', 'Нового'],
    // A place's name that opens a short quoted name: a club, a venue.
    ['Команда «Кайрат» обыграла «Астану» со счетом 2:1.', 'Астану'],
    ['В «Астана Арене» прошел концерт.', 'Астана'],
    ['Министр рассказал о проекте «Цифровой Казахстан».', 'Казахстан'],
    // Whom a school or an airport is named after is no place («Абай» is also a region).
    ['В Туркестанской области открыли новую школу имени Абая.', 'Абая'],
    // A given name the lexicon lacks before a surname is no misspelt place («Дарьен», Panama).
    ['Министр обороны Казахстана Даурен Косанов провел совещание.', 'Даурен'],
  ])('%s → %s', (text, written) => {
    const m = annotateText(recognizer, text, 'auto').find((x) => x.text === written);
    expect(m?.type).not.toBe('LOC');
  });
});

describe('still a place', () => {
  test.each([
    ['Завод построят в Семее и Павлодаре.', 'Семее'],
    ['Делегация посетила Находку в мае.', 'Находку'],
    ['Делегация посетила город Новый в штате Мичиган.', 'Новый'],
    ['Из Грозного прибыли гости.', 'Грозного'],
    ['Жители Нового Уренгоя встретили праздник.', 'Нового Уренгоя'],
    // A quoted sentence that opens with the place still names it.
    ['«Ереван будет балансировать, пока не получит гарантий», — сказал эксперт.', 'Ереван'],
  ])('%s → %s', (text, written) => {
    const m = annotateText(recognizer, text, 'auto').find((x) => x.text === written);
    expect(m?.type).toBe('LOC');
  });
});

describe('an English region cue after the name picks the region', () => {
  test.each([
    ['Floods hit the Osh region on Friday.', 'Osh region'],
    ['Schools reopened in Karaganda Region this week.', 'Karaganda Region'],
    ['Самолет приземлился в Бухарской области.', 'Бухарской области'],
  ])('%s → %s', (text, written) => {
    const m = annotateText(recognizer, text, 'auto').find((x) => x.text === written);
    expect(m?.entityId).toMatch(/^region:/);
  });
});

describe('ordinary words are not case forms of indeclinable organization names', () => {
  test.each([
    ['Главная / Политика', 'Политика'],
    ['Политика Казахстана в регионе остаётся прежней.', 'Политика'],
  ])('%s → %s', (text, written) => {
    expect(annotateText(recognizer, text, 'auto').find((x) => x.text === written)).toBeUndefined();
  });

  test('the organization itself is still found, in Cyrillic and Latin', () => {
    const found = annotateText(recognizer, 'Издание Политико сообщило, в Politico подтвердили.', 'auto');
    expect(found.filter((m) => m.entityId === 'org:politico').map((m) => m.text)).toEqual(['Политико', 'Politico']);
  });
});

describe('a unit named right before a known organization is not another organization', () => {
  test.each([
    ['Служба новостей Kazakhstan Today сообщила об этом утром.', 'Kazakhstan Today', 'org:kazakhstan-today'],
    ['Отдел печати МИД РК распространил заявление.', 'МИД РК', 'org:mfa-kz'],
  ])('%s', (text, written, id) => {
    const found = annotateText(recognizer, text, 'auto');
    expect(found.filter((m) => m.type === 'ORG').map((m) => m.entityId)).toEqual([id]);
    expect(found.find((m) => m.entityId === id)?.text).toBe(written);
  });

  test('an institution of its own is still found', () => {
    const found = annotateText(recognizer, 'Управление полиции Алматы задержало подозреваемого.', 'auto');
    expect(found.some((m) => m.type === 'ORG' && m.text.startsWith('Управление полиции'))).toBe(true);
  });
});
