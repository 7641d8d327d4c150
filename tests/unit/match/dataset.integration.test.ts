/**
 * Integration: the demo article against the committed dataset (assets/public/dataset), compiled
 * with the current compiler, so it holds whether or not the committed match index is current.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DatasetEntities } from '../../../lib/data/dataset';
import { allRecords } from '../../../lib/data/pack';
import { compileMatchIndex } from '../../../lib/match/compile';
import { createRecognizer, recordNames } from '../../../lib/match/recognizer';
import { annotateText } from '../../../scripts/eval/pipeline';
import { scoreText, type GoldEntity } from '../../../scripts/eval/score';

const entities = JSON.parse(readFileSync(join('assets', 'public', 'dataset', 'entities.json'), 'utf8')) as DatasetEntities;
const records = allRecords(entities);
const recognizer = createRecognizer(compileMatchIndex(records), recordNames(records));
const gold = JSON.parse(readFileSync(join('tests', 'fixtures', 'eval', 'ru-001-kazakhstan-today-diplomacy.json'), 'utf8')) as { text: string; entities: GoldEntity[] };

describe('places on the full dataset', () => {
  test.each([
    ['Переговоры прошли в Женеве.', 'Женеве', 'city:2660646'],
    ['Делегация прилетела в Стамбул.', 'Стамбул', 'city:745044'],
    ['The delegation flew to New York on Monday.', 'New York', 'city:5128581'],
    ['Officials in Washington declined to comment.', 'Washington', 'city:4140963'],
    ['The U.S. dollar fell.', 'U.S.', 'country:US'],
    ["Uzbekistan's exports grew.", 'Uzbekistan', 'country:UZ'],
  ])('%s', (text, written, id) => {
    const m = annotateText(recognizer, text, 'auto').find((x) => x.text === written);
    expect(m?.entityId).toBe(id);
  });

  test('a region cue keeps the region', () => {
    const m = annotateText(recognizer, 'Штат Нью-Йорк принял закон.', 'ru').find((x) => x.text === 'Нью-Йорк');
    expect(m?.entityId).toBe('region:5128638');
  });
});

describe('demo article on the full dataset', () => {
  const mentions = annotateText(recognizer, gold.text, 'ru');

  test('every gold mention exactly, nothing else', () => {
    const s = scoreText(gold.text, gold.entities, mentions);
    expect(s.errors).toEqual([]);
  });

  test.each([
    ['Валихана Туреханова', 'посол Казахстана в Таджикистане'],
    ['Нигиной Ализода', 'заместитель министра иностранных дел Таджикистана'],
    ['Мади Атамкулов', 'посол Казахстана в Сербии'],
    ['Майей Гойкович', 'председатель краевого правительства'],
    ['Гойкович', 'председатель краевого правительства'],
  ])('role of %s', (name, role) => {
    expect(mentions.find((m) => m.text === name)?.role).toBe(role);
  });
});

describe('namesakes of dataset people on the full dataset', () => {
  test.each([
    ['Danish analyst Dan Mikkelsen attended the signing.', 'Dan Mikkelsen'],
    ['Qarabag winger Toral Bayramov scored twice.', 'Toral Bayramov'],
    ['Chinese Commerce Minister Wang Wentao flew in on Monday.', 'Wang Wentao'],
  ])('a dataset surname next to another name is someone else: %s', (text, name) => {
    const per = annotateText(recognizer, text, 'en').filter((m) => m.type === 'PER');
    expect(per.map((m) => [m.text, m.entityId])).toEqual([[name, null]]);
  });

  test.each([
    ['Foreign Minister Jeyhun Bayramov met his counterpart.', 'Jeyhun Bayramov', 'person:jeyhun-bayramov'],
    ['Azerbaijani Foreign Minister Bayramov met his counterpart.', 'Bayramov', 'person:jeyhun-bayramov'],
  ])('the dataset person still links: %s', (text, name, id) => {
    const per = annotateText(recognizer, text, 'en').filter((m) => m.type === 'PER');
    expect(per.map((m) => [m.text, m.entityId])).toEqual([[name, id]]);
  });
});

describe('Russian places, people and organizations outside the dataset, on the full dataset', () => {
  const ru = (text: string) => annotateText(recognizer, text, 'ru');
  test.each([
    ['Работы ведутся в Казалинском районе.', 'Казалинском районе'],
    ['Глава Шиелийского района доложил о воде.', 'Шиелийского района'],
    ['Шахта находится в Южно-Гобийском аймаке.', 'Южно-Гобийском аймаке'],
  ])('a district is a place with its noun: %s', (text, written) => {
    expect(ru(text).filter((m) => m.type === 'LOC').map((m) => m.text)).toEqual([written]);
  });

  test('an existing region with its noun still links', () => {
    const m = ru('Паводок прошёл в Алматинской области.').find((x) => x.text === 'Алматинской области');
    expect(m?.entityId).toMatch(/^region:/);
  });

  test.each([
    ['Облигации разместила компания Sinohydro в среду.', 'Sinohydro'],
    ['Акции торгуются на Nasdaq с прошлого года.', 'Nasdaq'],
    ['Чистая прибыль Kaspi.kz выросла.', 'Kaspi.kz'],
  ])('a Latin-script name in Russian text is an organization: %s', (text, written) => {
    expect(ru(text).filter((m) => m.type === 'ORG').map((m) => m.text)).toEqual([written]);
  });

  test.each([
    ['Заявление подписал Р. Наджаф.', 'Р. Наджаф'],
    ['Вопрос обсудили на заседании Национального собрания Армении.', 'Национального собрания Армении'],
    ['Маршрут согласовал Б. Дэлгэрсайхан.', 'Б. Дэлгэрсайхан'],
  ])('%s', (text, written) => {
    const m = ru(text).find((x) => x.text === written);
    expect(m?.type).toBe(/^\p{Lu}\. /u.test(written) ? 'PER' : 'ORG');
  });

  test.each([
    ['АЛМАТЫ, 28 июня. В Алматы состоялась церемония.', ['АЛМАТЫ', 'Алматы']],
    ['ВИЛЬНЮС, 20 ноября. Власти Вильнюса закрыли аэропорт.', ['ВИЛЬНЮС', 'Вильнюса']],
  ])('a dateline and a one-letter preposition leave the city a city: %s', (text, written) => {
    expect(ru(text).filter((m) => m.type === 'LOC').map((m) => m.text)).toEqual(written);
  });
});

describe('names that look like small places, on the full dataset', () => {
  test.each([
    ['German carmakers lobbied against the tariffs.', 'German'],
    ['Western diplomats said the talks stalled.', 'Western'],
  ])('an English adjective before a noun is no place: %s', (text, word) => {
    expect(annotateText(recognizer, text, 'en').map((m) => m.text)).not.toContain(word);
  });

  test.each([
    ['Чистая прибыль банка выросла.', 'Чистая'],
    ['Новая дорога соединит два города.', 'Новая'],
  ])('a Russian adjective opening a sentence is no place: %s', (text, word) => {
    expect(annotateText(recognizer, text, 'ru').map((m) => m.text)).not.toContain(word);
  });

  test.each([
    ['Об этом сообщил Ровшан Наджаф.', 'Ровшан Наджаф'],
    ['Шайбу забросил Рид Буше.', 'Рид Буше'],
  ])('a capitalized word before a town or a dataset surname makes a person: %s', (text, name) => {
    expect(annotateText(recognizer, text, 'ru').map((m) => [m.text, m.type, m.entityId])).toEqual([[name, 'PER', null]]);
  });

  test('a hyphenated name is one place, not its second half', () => {
    expect(annotateText(recognizer, 'Уголь везут с месторождения Таван-Толгой.', 'ru').map((m) => [m.text, m.type, m.entityId])).toEqual([['Таван-Толгой', 'LOC', null]]);
  });
});

describe('organizations across one article, on the full dataset', () => {
  test('a two-word organization named once is the referent of a later short form', () => {
    const ms = annotateText(recognizer, 'Qazvolt Metals Ltd said output rose. Analysts expect Qazvolt to expand.', 'en');
    expect(ms.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Qazvolt Metals Ltd', 'ORG', 'Qazvolt Metals Ltd'],
      ['Qazvolt', 'ORG', 'Qazvolt Metals Ltd'],
    ]);
  });

  test('a short name in brackets after an organization is that organization, later too', () => {
    const ms = annotateText(recognizer, 'Цены выросли, по данным Бюро национальной статистики (БНС). БНС уточнило данные.', 'ru');
    expect(ms.filter((m) => m.text === 'БНС').map((m) => m.entityId)).toEqual(['org:bns-kz', 'org:bns-kz']);
  });

  test('a country named inside an organization never becomes its short form', () => {
    const ms = annotateText(recognizer, 'The National Bank of Kazakhstan kept rates. Kazakhstan exports grew.', 'en');
    expect(ms.filter((m) => m.text === 'Kazakhstan').map((m) => m.type)).toEqual(['LOC']);
  });

  test('"OPEC+" is OPEC+, not OPEC', () => {
    const m = annotateText(recognizer, 'Output exceeded its quota under the OPEC+ deal.', 'en').find((x) => x.text.startsWith('OPEC'));
    expect([m?.text, m?.entityId]).toEqual(['OPEC+', 'org:opec-plus']);
  });

  test("a dataset person's own given name before another spelling of the surname links the full name", () => {
    const m = annotateText(recognizer, 'Ukrainian President Volodymyr Zelenskiy said on Monday.', 'en')[0];
    expect([m?.text, m?.entityId]).toEqual(['Volodymyr Zelenskiy', 'person:volodymyr-zelensky']);
  });
});

describe('Russian unknown places after prepositions and namesakes in the same case, on the full dataset', () => {
  test.each([
    ['Новый порт построят в Анаклии.', 'Анаклии'],
    ['Колонна вышла из Сисиана утром.', 'Сисиана'],
  ])('%s', (text, written) => {
    expect(annotateText(recognizer, text, 'ru').map((m) => [m.text, m.type])).toEqual([[written, 'LOC']]);
  });

  test.each([['Переговоры прошли в Минфине.'], ['Вопрос решили в Газпроме.']])('an institution after «в» is no place: %s', (text) => {
    expect(annotateText(recognizer, text, 'ru').filter((m) => m.type === 'LOC')).toEqual([]);
  });

  test('a dataset surname before a word in the same case is a given name', () => {
    const ms = annotateText(recognizer, 'Он встретился с аналитиком Даном Микельсеном.', 'ru').filter((m) => m.type === 'PER');
    expect(ms.map((m) => [m.text, m.entityId])).toEqual([['Даном Микельсеном', null]]);
  });
});

describe('longer place names and company compounds, on the full dataset', () => {
  test.each([
    ['The dam on the Vakhsh River is 335 metres tall.', 'Vakhsh River'],
    ['Protesters rallied on Rustaveli Avenue on Saturday.', 'Rustaveli Avenue'],
    ['He visited the South Gobi site last month.', 'South Gobi'],
  ])('%s', (text, written) => {
    expect(annotateText(recognizer, text, 'en').map((m) => [m.text, m.type])).toEqual([[written, 'LOC']]);
  });

  test('a city named like a demonym ending stays a city ("Milan")', () => {
    const m = annotateText(recognizer, 'The airline will add routes to Seoul and Milan next year.', 'en').find((x) => x.text === 'Milan');
    expect(m?.entityId).toBe('city:3173435');
  });

  test.each([
    ['Уровень воды в Токтогульском водохранилище снизился.', 'Токтогульском водохранилище', 'LOC'],
    ['Губернатор посетил Уралвагонзавод в среду.', 'Уралвагонзавод', 'ORG'],
    ['Специализированный межрайонный суд вынес приговор.', 'Специализированный межрайонный суд', 'ORG'],
  ])('%s', (text, written, type) => {
    expect(annotateText(recognizer, text, 'ru').map((m) => [m.text, m.type])).toEqual([[written, type]]);
  });
});

describe('Russian organization phrases, on the full dataset', () => {
  test('an institution phrase takes its quoted dataset name and link', () => {
    const ms = annotateText(recognizer, 'Депутат предложил привлечь Фонд национального благосостояния «Самрук-Казына».', 'ru').filter((m) => m.type === 'ORG');
    expect(ms.map((m) => [m.text, m.entityId])).toEqual([['Фонд национального благосостояния «Самрук-Казына»', 'org:samruk-kazyna']]);
  });

  test.each([
    ['Строительство Камбаратинской ГЭС-1 продолжается.', 'Камбаратинской ГЭС-1'],
    ['Ограничения снял Россельхознадзор в пятницу.', 'Россельхознадзор'],
    ['По данным аналитического центра «Совэкон», цены выросли.', 'Совэкон'],
  ])('%s', (text, written) => {
    expect(annotateText(recognizer, text, 'ru').filter((m) => m.type === 'ORG').map((m) => m.text)).toEqual([written]);
  });
});

describe('curated people added on 2026-11-25, on the full dataset', () => {
  test.each([
    ['EU Trade Commissioner Maros Sefcovic met the delegation.', 'Maros Sefcovic', 'person:maros-sefcovic'],
    ['Он встретился с еврокомиссаром Даном Йоргенсеном.', 'Даном Йоргенсеном', 'person:dan-jorgensen'],
    ['Министр финансов Мехмет Шимшек выступил в Стамбуле.', 'Мехмет Шимшек', 'person:mehmet-simsek'],
    ['ECB President Christine Lagarde said inflation was easing.', 'Christine Lagarde', 'person:christine-lagarde'],
  ])('%s', (text, written, id) => {
    const m = annotateText(recognizer, text, 'auto').find((x) => x.text === written);
    expect(m?.entityId).toBe(id);
  });
});
