import { describe, expect, test } from 'vitest';
import { compareEntities, countEntities, groupEntities, toggleType } from '@/lib/panel/group';
import { ENTITIES } from './fixtures';

describe('groupEntities', () => {
  test('people, places, organizations, each by salience', () => {
    const groups = groupEntities(ENTITIES);
    expect(groups.map((g) => g.type)).toEqual(['PER', 'LOC', 'ORG']);
    expect(groups[0]!.entities.map((e) => e.key)).toEqual(['person:maja-gojkovic', 'person:valikhan-turekhanov', 'unknown:PER:Иван Петров']);
    expect(groups[1]!.entities.map((e) => e.name)).toEqual(['Воеводина', 'Сербия']);
    expect(groups.map((g) => g.mentions)).toEqual([4, 5, 1]);
  });

  test('equal salience: more mentions first, then name', () => {
    const [a, b] = [ENTITIES[1]!, ENTITIES[4]!];
    expect(compareEntities(a, b)).toBeLessThan(0);
    expect(compareEntities({ ...a, count: 1 }, b)).toBeGreaterThan(0); // same count: «Валихан» sorts before «Майя»
  });

  test('hidden types and empty groups are left out', () => {
    expect(groupEntities(ENTITIES, new Set(['PER', 'ORG'])).map((g) => g.type)).toEqual(['LOC']);
    expect(groupEntities([])).toEqual([]);
  });

  test('does not reorder the input', () => {
    const before = ENTITIES.map((e) => e.key);
    groupEntities(ENTITIES);
    expect(ENTITIES.map((e) => e.key)).toEqual(before);
  });
});

test('countEntities', () => {
  expect(countEntities(ENTITIES)).toEqual({ entities: 6, mentions: 10, byType: { PER: 3, LOC: 2, ORG: 1 } });
});

test('toggleType returns a new set', () => {
  const none = new Set<'PER' | 'LOC' | 'ORG'>();
  const one = toggleType(none, 'LOC');
  expect([...one]).toEqual(['LOC']);
  expect(none.size).toBe(0);
  expect(toggleType(one, 'LOC').size).toBe(0);
});
