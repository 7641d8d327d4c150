import { describe, expect, test } from 'vitest';
import { addRecent, cleanQuery, createLatest, moveActive } from '@/lib/panel/search';
import { pickText, tabParam } from '@/lib/panel/names';

describe('moveActive', () => {
  test.each([
    [-1, 3, 'ArrowDown', 0],
    [0, 3, 'ArrowDown', 1],
    [2, 3, 'ArrowDown', 0],
    [-1, 3, 'ArrowUp', 2],
    [0, 3, 'ArrowUp', 2],
    [2, 3, 'ArrowUp', 1],
    [1, 3, 'Home', 0],
    [1, 3, 'End', 2],
    [1, 3, 'Enter', null],
    [1, 3, 'a', null],
    [-1, 0, 'ArrowDown', -1],
    [-1, 0, 'Enter', null],
  ])('from %i of %i, %s → %s', (active, count, key, expected) => {
    expect(moveActive(active, count, key)).toBe(expected);
  });
});

test('addRecent puts the newest first, once, within the limit', () => {
  expect(addRecent([], 'a', 3)).toEqual(['a']);
  expect(addRecent(['a', 'b', 'c'], 'c', 3)).toEqual(['c', 'a', 'b']);
  expect(addRecent(['a', 'b', 'c'], 'd', 3)).toEqual(['d', 'a', 'b']);
});

test('createLatest: only the newest token is current', () => {
  const latest = createLatest();
  const first = latest.next();
  const second = latest.next();
  expect(latest.isCurrent(first)).toBe(false);
  expect(latest.isCurrent(second)).toBe(true);
});

test.each([
  ['  нови   сад ', 'нови сад'],
  ['\tMID RK\n', 'MID RK'],
  ['   ', ''],
])('cleanQuery(%j) = %j', (raw, clean) => {
  expect(cleanQuery(raw)).toBe(clean);
});

test('pickText falls back to the other language', () => {
  expect(pickText({ ru: 'Нови-Сад', en: 'Novi Sad' }, 'en')).toBe('Novi Sad');
  expect(pickText({ ru: 'Нови-Сад', en: '' }, 'en')).toBe('Нови-Сад');
  expect(pickText({ ru: '', en: 'Novi Sad' }, 'ru')).toBe('Novi Sad');
});

test.each([
  ['?tab=42', 42],
  ['?tab=0', 0],
  ['?tab=-1', null],
  ['?tab=4x', null],
  ['?q=1', null],
  ['', null],
])('tabParam(%s) = %s', (search, id) => {
  expect(tabParam(search)).toBe(id);
});
