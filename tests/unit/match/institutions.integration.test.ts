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

describe('English institution names in title case', () => {
  test.each([
    ["Kazakhstan's oil output rose in May, the Ministry of Energy said.", 'Ministry of Energy', 'org:min-energy-kz'],
    ["Kyrgyzstan's Finance Ministry said the loan was approved.", 'Finance Ministry', 'org:min-finance-kg'],
    ['Russia said on Monday the Foreign Ministry would respond.', 'Foreign Ministry', 'org:mfa-ru'],
    ['Talks in Bishkek: the Chairman of the Cabinet of Ministers Akylbek Japarov spoke.', 'Cabinet of Ministers', 'org:gov-kg'],
    ['The Uzbek Tennis Federation named a new coach.', 'Uzbek Tennis Federation', null],
    ['She teaches at the University of Edinburgh since 2019.', 'University of Edinburgh', null],
    ['The Committee to Protect Endangered Languages met.', 'Committee to Protect Endangered Languages', null],
  ])('%s → %s', (text, written, id) => {
    const m = mention(text, written);
    expect(m?.type).toBe('ORG');
    expect(m?.entityId).toBe(id);
  });

  test('a place inside the name is not a mention of its own', () => {
    const ms = annotateText(recognizer, 'She teaches at the University of Edinburgh since 2019.', 'en');
    expect(ms.map((m) => m.text)).toEqual(['University of Edinburgh']);
  });
});

describe('a legal form or kind before a quoted name is part of it', () => {
  test.each([
    ['Сделку одобрило АО «Казахтелеком» в среду.', 'АО «Казахтелеком»', 'org:kazakhtelecom'],
    ['По сообщению ИА «Степной Ветер», сделка закрыта.', 'ИА «Степной Ветер»', null],
    ['Акционер ТОО «Южный Полюс» продал долю.', 'ТОО «Южный Полюс»', null],
  ])('%s', (text, written, id) => {
    const m = mention(text, written);
    expect(m?.type).toBe('ORG');
    expect(m?.entityId).toBe(id);
  });
});

describe('a short name two countries\' ministries share goes to the text\'s country', () => {
  test.each([
    ['Министр цифрового развития Казахстана заявил, что Минцифры подготовит поправки.', 'org:min-digital-development-kz'],
    ['В Москве Минцифры объявило о новых правилах для операторов связи России.', 'org:min-digital-development-ru'],
  ])('%s', (text, id) => {
    expect(mention(text, 'Минцифры')?.entityId).toBe(id);
  });
});

describe('an institution named after someone takes the name into its own', () => {
  test.each([
    ['Университет имени аль-Фараби занял место в рейтинге.', 'Университет имени аль-Фараби'],
    ['Университет имени Сулеймана Демиреля открыл набор.', 'Университет имени Сулеймана Демиреля'],
  ])('%s', (text, written) => {
    expect(mention(text, written)?.type).toBe('ORG');
  });
});
