/**
 * Institutions on the full dataset: names whose head declines («Нацбанку Таджикистана»), a country
 * after the name («Правительства Грузии»), and names without their country that mean the
 * country the text is about («Министерством здравоохранения» in a Kazakh story).
 */
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

function mention(text: string, written: string) {
  return annotateText(recognizer, text, 'auto').find((m) => m.text === written);
}

describe('names whose head declines and whose tail does not', () => {
  test.each([
    ['Кредит выделен Нацбанку Таджикистана на три года.', 'Нацбанку Таджикистана', 'org:national-bank-tj'],
    ['Решение одобрено Правительством РФ в пятницу.', 'Правительством РФ', 'org:gov-ru'],
    ['Делегация Исламской Республики Иран прибыла в Баку.', 'Исламской Республики Иран', 'country:IR'],
  ])('%s', (text, written, id) => {
    expect(mention(text, written)?.entityId).toBe(id);
  });
});

describe('a country after an institution is part of its name', () => {
  test.each([
    ['Заявление Правительства Грузии опубликовано вечером.', 'Правительства Грузии'],
    ['Кредит выдал Эксимбанк Индии в прошлом году.', 'Эксимбанк Индии'],
  ])('%s', (text, written) => {
    const m = mention(text, written);
    expect(m?.type).toBe('ORG');
  });
});

describe("an institution without its country is the text's country's", () => {
  test.each([
    ['В Астане прошло совещание. Документ согласован с Министерством здравоохранения.', 'Министерством здравоохранения', 'org:min-health-kz'],
    ['Алматы готовится к зиме. Глава Минфина выступил в Сенате.', 'Минфина', 'org:min-finance-kz'],
    ['Алматы готовится к зиме. Глава Минфина выступил в Сенате.', 'Сенате', 'org:senate-kz'],
    ['В Бишкеке заявили, что ГКНБ задержал подозреваемых.', 'ГКНБ', 'org:gknb-kg'],
    ['Москва ответила быстро: в Министерстве юстиции назвали дату.', 'Министерстве юстиции', 'org:min-justice-ru'],
  ])('%s → %s', (text, written, id) => {
    expect(mention(text, written)?.entityId).toBe(id);
  });
});
