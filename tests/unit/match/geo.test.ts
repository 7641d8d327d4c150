import { describe, expect, test } from 'vitest';
import { recognizer } from './helpers';

const mentions = (text: string, lang: 'ru' | 'en') => recognizer.recognize(text, { lang }).map((m) => [m.text, m.type, m.entityId]);

describe('continents, macro-regions and seas are whole place names', () => {
  test.each([
    ['Экспорт зерна в страны Юго-Восточной Азии вырос.', 'Юго-Восточной Азии'],
    ['Ситуация на Ближнем Востоке обострилась.', 'Ближнем Востоке'],
    ['Танкеры идут по Каспийскому морю.', 'Каспийскому морю'],
    ['Осетровые Каспия под угрозой.', 'Каспия'],
    ['Мир на Балканах хрупок.', 'Балканах'],
    ['Он вернулся из Западной Европы.', 'Западной Европы'],
    ['Прогноз по Центральной Азии пересмотрен.', 'Центральной Азии'],
  ])('ru: %s', (text, name) => {
    expect(mentions(text, 'ru')).toEqual([[name, 'LOC', null]]);
  });

  test.each([
    ['Prices rose across Southeast Asia this year.', 'Southeast Asia'],
    ['Tensions in the Middle East eased.', 'Middle East'],
    ['Ships crossed the Black Sea at night.', 'Black Sea'],
  ])('en: %s', (text, name) => {
    expect(mentions(text, 'en')).toEqual([[name, 'LOC', null]]);
  });

  test('an adjective made from one is not a mention', () => {
    expect(mentions('Central Asian leaders met on Friday.', 'en')).toEqual([]);
  });

  test('a country inside stays its own mention', () => {
    expect(mentions('Казахстан и Центральная Европа', 'ru')).toEqual([
      ['Казахстан', 'LOC', 'country:KZ'],
      ['Центральная Европа', 'LOC', null],
    ]);
  });
});
