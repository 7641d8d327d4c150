import { expect, test } from 'vitest';
import { forEachDeletionHash, hashWithout } from '../../../lib/match/fuzzy-index';

/** The hashes a query probes, by the O(len)-per-hash definition. */
function reference(query: string, deletions: 1 | 2): number[] {
  const out = [hashWithout(query, -1)];
  for (let p = 1; p < query.length; p++) {
    out.push(hashWithout(query, p));
    if (deletions === 2) for (let q = p + 1; q < query.length; q++) out.push(hashWithout(query, p, q));
  }
  return out;
}

test.each([['g'], ['go'], ['gojkovic'], ['tokayev'], ['kazakhstan tennis federation'], ['shch yu ya']])(
  'deletion hashes of %s match the definition',
  (query) => {
    for (const d of [1, 2] as const) {
      const got: number[] = [];
      forEachDeletionHash(query, d, (h) => got.push(h));
      expect(got).toEqual(reference(query, d));
    }
  },
);
