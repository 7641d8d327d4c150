import { describe, expect, test } from 'vitest';
import { foldKey, normalizeChars } from '../../../lib/text/normalize';

describe('normalizeChars keeps length and maps one for one', () => {
  test.each([
    ['Пётр Лёвин', 'Петр Левин'],
    ['«Казахтелеком»', '"Казахтелеком"'],
    ['Нови‑Сад', 'Нови-Сад'],
    ['Кот-д’Ивуар', "Кот-д'Ивуар"],
    ['2016 — 2026', '2016 - 2026'],
  ])('%s → %s', (input, expected) => {
    const out = normalizeChars(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });
});

describe('foldKey builds lookup keys', () => {
  test.each([
    ['Тоқаев', 'токаев'],
    ['Әлихан Бөкейханов', 'алихан бокейханов'],
    ['Gojković', 'gojkovic'],
    ['Майей', 'майей'],
    ['Ёлкин', 'елкин'],
    ['  МИД   РК ', 'мид рк'],
  ])('%s → %s', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  test('й is not folded into и', () => {
    expect(foldKey('Майя')).not.toBe(foldKey('Маия'));
  });
});
