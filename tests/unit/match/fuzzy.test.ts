import { describe, expect, test } from 'vitest';
import { compileMatchIndex } from '../../../lib/match/compile';
import { boundedLevenshtein } from '../../../lib/match/edit-distance';
import { FuzzyMatcher } from '../../../lib/match/fuzzy';
import { DeletionIndex } from '../../../lib/match/fuzzy-index';
import { collectFuzzyKeys, decodeGroup, encodeFuzzyKeys, fuzzyGroups } from '../../../lib/match/fuzzy-keys';
import { refEntity } from '../../../lib/match/index-format';
import { ENTITIES } from './fixtures';

const index = compileMatchIndex(ENTITIES);
const idOf = (refs: readonly number[]) => [...new Set(refs.map((r) => ENTITIES[refEntity(r)]!.id))];

describe('boundedLevenshtein', () => {
  test.each([
    ['gojkovic', 'gojkovich', 2, 1],
    ['tokaev', 'tokayev', 2, 1],
    ['center', 'centre', 2, 2],
    ['kazahmys', 'kazahstan', 2, 3],
    ['abc', 'abcdef', 2, 3],
    ['same', 'same', 1, 0],
  ])('%s ~ %s (max %i) = %i', (a, b, max, d) => {
    expect(boundedLevenshtein(a, b, max)).toBe(d);
  });
});

describe('fuzzy keys table', () => {
  test('encodes and decodes every group losslessly', () => {
    const keys = collectFuzzyKeys(index);
    const groups = fuzzyGroups({ ...index, fuzzy: encodeFuzzyKeys(keys) } as typeof index);
    const back = new Map<string, number[]>();
    for (const g of groups.values()) {
      const { keys: ks, refs } = decodeGroup(g);
      ks.forEach((k, i) => back.set(k, refs[i]!));
    }
    expect(back).toEqual(keys);
  });

  test('names of three or more words are kept only as a first-word marker', () => {
    const keys = collectFuzzyKeys(index);
    for (const [k, refs] of keys) {
      if (refs.length === 0) expect(k.endsWith(' ')).toBe(true);
      else expect(k.split(' ').length).toBeLessThanOrEqual(2);
    }
  });
});

describe('DeletionIndex', () => {
  const group = { keys: ['gojkovic', 'gojkovica', 'goran', 'gorky park '], refs: [[1], [1], [2], []] };
  const idx = new DeletionIndex(group);
  test.each([
    ['gojkovic', 1, [0, 1]],
    ['gojkovih', 1, [0]],
    ['gjokovic', 1, [0]], // a transposition is one deletion on each side
    ['goran', 1, [2]],
    ['gojkovicm', 2, [0, 1]],
    ['gorky park', 1, []], // markers never match
  ] as const)('%s (query deletions %i) → %j', (q, d, ids) => {
    expect([...idx.candidates(q, d)].sort()).toEqual(ids);
  });
  test('startingWith finds longer names by their first word', () => {
    expect(idx.startingWith('gorky ')).toEqual([3]);
    expect(idx.startingWith('gojkovic ')).toEqual([]);
  });
});

describe('FuzzyMatcher', () => {
  const matcher = new FuzzyMatcher(index);
  test.each([
    ['gojkovich', 'person:maja-gojkovic'],
    ['гойкович', 'person:maja-gojkovic'],
    ['токаеву', 'person:kassym-jomart-tokayev'],
  ])('%s → %s', (q, id) => {
    expect(idOf(matcher.match(q))).toEqual([id]);
  });

  test('edit caps: «Казахмыс» is not «Казахстан», short words are not matched', () => {
    expect(matcher.match('казахмыс')).toEqual([]);
    expect(matcher.match('серб')).toEqual([]);
  });

  test('the precompiled table gives the same answers as the one built at run time', () => {
    const pre = new FuzzyMatcher({ ...index, fuzzy: encodeFuzzyKeys(collectFuzzyKeys(index)) } as typeof index);
    pre.warm();
    for (const q of ['gojkovich', 'токаеву', 'казахмыс', 'vojvodyna']) expect(pre.match(q)).toEqual(matcher.match(q));
  });
});
