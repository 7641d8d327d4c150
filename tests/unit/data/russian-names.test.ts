/** Which GeoNames Cyrillic alternate is the Russian name: real alternates of real cities. */
import { describe, expect, test } from 'vitest';
import { latinToCyrillic } from '../../../lib/search/translit';
import { pickRussian } from '../../../scripts/data/names';

describe('pickRussian', () => {
  test.each([
    ['Vilnius', 'LT', ['Вилниус', 'Вилнус', 'Вилнюс', 'Вильнюс', 'Вілньнюс'], 'Вильнюс'],
    ['Belgorod', 'RU', ['Белгарад', 'Белгород', 'Бєлгород'], 'Белгород'],
    ['Kursk', 'RU', ['Курськ', 'Курск'], 'Курск'],
    ['Toronto', 'CA', ['Таронта', 'Торонто'], 'Торонто'],
    ['Kostroma', 'RU', ['Кастрама', 'Кострома'], 'Кострома'],
    ['Tomsk', 'RU', ['Томскай', 'Томск', 'Томськ'], 'Томск'],
    ['Manchester', 'GB', ['Манчэстэр', 'Манчестер'], 'Манчестер'],
    ['Shenzhen', 'CN', ['Шэньчжэнь', 'Шеньчжень'], 'Шэньчжэнь'],
    ['Karlsruhe', 'DE', ['Карлсруэ', 'Карлсруе'], 'Карлсруэ'],
  ])('%s', (ascii, country, alternates, expected) => {
    expect(pickRussian(alternates, latinToCyrillic(ascii), country)).toBe(expected);
  });

  test('a soft sign after a vowel or the palochka reads as Chechen, not Russian', () => {
    expect(pickRussian(['ХӀоьвсан', 'Говсан'], latinToCyrillic('Hovsan'), 'AZ')).toBe('Говсан');
  });
});

describe('pickRussian in Russia and Kazakhstan follows the transliterated name', () => {
  test.each([
    ['Volgograd', 'RU', ['Волгоград', 'Царицын', 'Сталинград'], 'Волгоград'],
    ['Omsk', 'RU', ['Омбы', 'Омск'], 'Омск'],
    ['Kazan', 'RU', ['Казан', 'Казань', 'Qazan'], 'Казань'],
    ['Zhanaozen', 'KZ', ['Новый Узень', 'Жанаозен'], 'Жанаозен'],
  ])('%s', (ascii, country, alternates, expected) => {
    expect(pickRussian(alternates, latinToCyrillic(ascii), country)).toBe(expected);
  });

  test('Belarusian «ы» after a consonant loses to the Russian «и»', () => {
    expect(pickRussian(['Мадрыд', 'Мадрид'], latinToCyrillic('Madrid'), 'ES')).toBe('Мадрид');
  });
});
