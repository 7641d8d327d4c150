import { describe, expect, test } from 'vitest';
import { BLOCK, FormsTable, encodeForms } from '../../../lib/match/forms-table';
import { compactKey, expandKey } from '../../../lib/match/compact-key';

describe('forms table (front-coded blocks)', () => {
  const keys = ['алматинская область', 'алматинской области', 'алматы', 'астана', 'нови сад', 'нови сада', 'нови саде', 'сербии', 'сербия'];
  const many = new Map<string, number[]>();
  for (let i = 0; i < BLOCK * 5; i++) many.set(`город ${String(i).padStart(3, '0')}`, [i, i * 8 + 1]);
  keys.forEach((k, i) => many.set(k, [i * 8]));
  const table = new FormsTable(encodeForms(many));

  test.each(keys.map((k, i) => [k, i * 8]))('%s → %i', (key, ref) => {
    expect(table.get(key)).toEqual([ref]);
  });

  test('keys inside later blocks and multi-ref values', () => {
    expect(table.get('город 047')).toEqual([47, 47 * 8 + 1]);
  });

  test.each([['нови'], ['сербиями'], ['а'], ['яя'], ['город 999']])('absent %s', (key) => {
    expect(table.get(key)).toEqual([]);
  });

  test('prefix search extends multi-word names', () => {
    expect(table.hasPrefix('нови ')).toBe(true);
    expect(table.hasPrefix('сербия ')).toBe(false);
    expect(table.hasPrefix('алматинской ')).toBe(true);
  });

  test.each([['нови', true], ['сербия', false], ['алматинской', true], ['город', true], ['город 00', false], ['я', false]])(
    'continues(%s) is hasPrefix with a space',
    (key, expected) => {
      expect(table.continues(key)).toBe(expected);
      expect(table.hasPrefix(key + ' ')).toBe(expected);
    },
  );

  test('every prefix of every key, and one letter past it, agrees with a plain scan', () => {
    const all = [...many.keys()];
    for (const k of all) {
      for (let i = 0; i <= k.length; i++) {
        for (const q of [k.slice(0, i), k.slice(0, i) + 'а', k.slice(0, i) + 'я', k.slice(0, i) + 'z']) {
          expect(table.hasPrefix(q)).toBe(all.some((x) => x.startsWith(q)));
          expect(table.get(q)).toEqual(many.get(q) ?? []);
        }
      }
    }
  });

  test('continues agrees with a plain scan for every prefix, at block ends and past the longest shared prefix written', () => {
    const long = 'а'.repeat(75);
    const m = new Map(many);
    // A key, then the same key continued, both longer than the 70 shared letters a line can state.
    m.set(long, [1]);
    m.set(long + ' б', [2]);
    m.set(long + 'б', [3]);
    // Heads: a key whose continuation is the next block's first line.
    for (let i = 0; i < BLOCK * 3; i++) m.set(`дом ${String(i).padStart(2, '0')}${i % BLOCK === BLOCK - 1 ? '' : 'x'}`, [i]);
    for (let i = 0; i < BLOCK * 3; i += BLOCK) m.set(`дом ${String(i + BLOCK - 1).padStart(2, '0')} улица`, [i]);
    const t = new FormsTable(encodeForms(m));
    const all = [...m.keys()];
    for (const k of all) {
      for (let i = 0; i <= k.length; i++) {
        for (const q of [k.slice(0, i), k.slice(0, i) + 'а', k.slice(0, i) + 'z']) {
          expect(t.continues(q)).toBe(all.some((x) => x.startsWith(q + ' ')));
          expect(t.hasPrefix(q)).toBe(all.some((x) => x.startsWith(q)));
          expect(t.get(q)).toEqual(m.get(q) ?? []);
        }
      }
    }
  });

  test('a block longer than the encoder writes (no line index for it) still answers every prefix', () => {
    const joined = new FormsTable(encodeForms(many, BLOCK * 4));
    const all = [...many.keys()];
    for (const k of all) {
      for (let i = 0; i <= k.length; i++) {
        for (const q of [k.slice(0, i), k.slice(0, i) + 'а', k.slice(0, i) + 'z']) {
          expect(joined.hasPrefix(q)).toBe(all.some((x) => x.startsWith(q)));
          expect(joined.continues(q)).toBe(all.some((x) => x.startsWith(q + ' ')));
          expect(joined.get(q)).toEqual(many.get(q) ?? []);
        }
      }
    }
  });

  test('more blocks share three first letters than the directory can count: lookups still agree with a plain scan', () => {
    const m = new Map<string, number[]>();
    for (let i = 0; i < 2_200; i++) m.set(`кот ${String(i).padStart(4, '0')}`, [i]);
    m.set('кое', [1]);
    m.set('кош', [2]);
    const t = new FormsTable(encodeForms(m, 2));
    const all = [...m.keys()];
    for (const q of ['кот 0000', 'кот 1023', 'кот 2047', 'кот 2199', 'кот 22', 'кот 2200', 'кое', 'кош', 'кота', 'кот', 'ко']) {
      expect(t.get(q)).toEqual(m.get(q) ?? []);
      expect(t.hasPrefix(q)).toBe(all.some((x) => x.startsWith(q)));
      expect(t.continues(q)).toBe(all.some((x) => x.startsWith(q + ' ')));
    }
  });

  test('entries round-trip', () => {
    expect(new Map([...table.entries()].map(([k, v]) => [k, [...v]]))).toEqual(many);
  });
});

test.each(['алматинской области', 'нови сад', "кот-д'ивуар", 'abdel fattah al-burhan', 'ёлки 2', 'тоқаев', 'эйяфьятлайокудль'])(
  'compact key of %s is one ASCII char per Russian letter and expands back',
  (key) => {
    const stored = compactKey(key);
    expect(stored.length).toBe(key.length);
    expect(stored).not.toMatch(/[а-я]/);
    expect(expandKey(stored)).toBe(key);
  },
);

test('the stored table has no JSON-escaped separators', () => {
  const encoded = encodeForms(new Map([['сербия', [1]], ['сербии', [1]], ['serbia', [1]]]));
  expect(JSON.stringify(encoded).length).toBe(encoded.length + 2);
});
