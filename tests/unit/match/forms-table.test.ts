import { describe, expect, test } from 'vitest';
import { BLOCK, FormsTable, encodeForms } from '../../../lib/match/forms-table';
import { decodeIds, encodeIds } from '../../../lib/match/index-format';

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

  test('entries round-trip', () => {
    expect(new Map([...table.entries()].map(([k, v]) => [k, [...v]]))).toEqual(many);
  });
});

test('ids encode runs of numeric ids as deltas and decode back', () => {
  const ids = ['country:KZ', 'country:RS', 'region:784272', 'region:1537162', 'city:3194360', 'city:3194361', 'person:maja-gojkovic', 'org:mfa-kz'];
  const encoded = encodeIds(ids);
  expect(encoded).toContain('+');
  expect(decodeIds(encoded)).toEqual(ids);
});
