import { describe, expect, it } from 'vitest';
import { sortByCodeUnits } from '../../../lib/search/code-unit-sort';

/** Deterministic pseudo-random numbers (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings over a small alphabet (many shared prefixes, duplicates, empty and one-letter ones). */
function strings(count: number, alphabet: string, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 9);
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    return s;
  });
}

describe('sorting by code units', () => {
  it.each([
    ['Cyrillic, Latin, space and \\0', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя abcxyz\0-', 1],
    ['a two-letter alphabet (long runs of equal prefixes)', 'ab', 2],
    ['astral and high code units', 'a\uffff\ud83c\udde6\u0400z', 3],
  ])('gives the order of Array.prototype.sort(): %s', (_name, alphabet, seed) => {
    const rows = strings(20_000, alphabet, seed);
    const copy = [...rows];
    expect(sortByCodeUnits(rows)).toEqual([...rows].sort());
    expect(rows).toEqual(copy); // the input is left as it was
  });

  it('small inputs and wide alphabets take the plain sort, with the same result', () => {
    expect(sortByCodeUnits(['b', 'a', 'ab', ''])).toEqual(['', 'a', 'ab', 'b']);
    const wide = Array.from({ length: 5_000 }, (_, i) => String.fromCharCode(0x100 + ((i * 7919) % 20_000), 0x100 + ((i * 104_729) % 20_000)));
    expect(sortByCodeUnits(wide)).toEqual([...wide].sort());
  });
});
