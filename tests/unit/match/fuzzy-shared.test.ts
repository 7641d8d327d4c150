import { describe, expect, test, vi } from 'vitest';
import { compileMatchIndex } from '../../../lib/match/compile';
import { FuzzyMatcher } from '../../../lib/match/fuzzy';
import { ENTITIES } from './fixtures';

// Counts deletion indexes built, with the real class doing the work.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/match/fuzzy-index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/match/fuzzy-index')>();
  class CountedDeletionIndex extends real.DeletionIndex {
    constructor(...args: ConstructorParameters<typeof real.DeletionIndex>) {
      super(...args);
      built.count++;
    }
  }
  return { ...real, DeletionIndex: CountedDeletionIndex };
});

const QUERIES = ['gojkovich', 'гойкович', 'токаеву', 'казахмыс', 'vojvodyna', 'серб'];

describe('fuzzy groups shared by matchers over one index', () => {
  test('a second matcher over the same index builds nothing and answers alike', () => {
    const index = compileMatchIndex(ENTITIES);
    const first = new FuzzyMatcher(index);
    const answers = QUERIES.map((q) => first.match(q));
    const afterFirst = built.count;
    expect(afterFirst).toBeGreaterThan(0);

    const second = new FuzzyMatcher(index);
    expect(QUERIES.map((q) => second.match(q))).toEqual(answers);
    expect(built.count).toBe(afterFirst);
  });

  test('a matcher over another index object builds its own groups, with the same answers for equal data', () => {
    const index = compileMatchIndex(ENTITIES);
    const answers = QUERIES.map((q) => new FuzzyMatcher(index).match(q));
    const before = built.count;
    const other = new FuzzyMatcher(structuredClone(index));
    expect(QUERIES.map((q) => other.match(q))).toEqual(answers);
    expect(built.count).toBeGreaterThan(before);
  });
});
