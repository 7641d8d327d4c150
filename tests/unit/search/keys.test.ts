import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../lib/search/keys';
import { stemWord } from '../../../lib/search/stem';
import { latinToCyrillic } from '../../../lib/search/translit';

describe('search keys', () => {
  it.each([
    ['Нови-Сад', 'нови сад'],
    ['Нови‑Сад', 'нови сад'],
    ['«Казмунайгаз»', 'казмунайгаз'],
    ['Gojković', 'gojkovic'],
    ['Тоқаев', 'токаев'],
    ['Ёлка  Ёж', 'елка еж'],
    ['U.S.A.', 'u s a'],
  ])('searchKey(%s) = %s', (input, key) => {
    expect(searchKey(input)).toBe(key);
  });

  it.each([
    ['алматинской', 'алматинск'],
    ['гойковичем', 'гойкович'],
    ['сербии', 'серби'],
    ['рк', 'рк'],
    ['novi', 'novi'],
  ])('stemWord(%s) = %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it.each([
    ['mid rk', 'мид рк'],
    ['gojkovic', 'гойкович'],
    ['shymkent', 'шымкент'],
    ['astana', 'астана'],
  ])('latinToCyrillic(%s) = %s', (lat, cyr) => {
    expect(latinToCyrillic(lat)).toBe(cyr);
  });
});
