import { describe, expect, it } from 'vitest';
import { mergeHits, mergeMentions } from '@/lib/custom/merge';
import type { Mention } from '@/lib/match/types';
import type { SearchHit } from '@/lib/data/views';

const m = (start: number, end: number, entityId: string | null, type: Mention['type'] = 'PER'): Mention => ({
  start,
  end,
  type,
  text: 'x'.repeat(end - start),
  entityId,
  name: entityId ?? 'unknown',
  score: 0.9,
});
const ids = (ms: Mention[]) => ms.map((x) => `${x.start}-${x.end}:${x.entityId}`);

describe('mergeMentions', () => {
  it.each([
    ['custom wins on an equal span', [m(0, 10, 'person:a')], [m(0, 10, 'user:a')], ['0-10:user:a']],
    ['custom wins over a shorter bundled span inside it', [m(0, 5, 'person:a')], [m(0, 10, 'user:a')], ['0-10:user:a']],
    ['a longer bundled link stays', [m(0, 20, 'org:a', 'ORG')], [m(5, 10, 'user:a')], ['0-20:org:a']],
    ['custom always beats an unlinked name', [m(0, 20, null)], [m(5, 10, 'user:a')], ['5-10:user:a']],
    ['the custom recognizer\'s own unknown names are ignored', [m(0, 5, 'country:KZ', 'LOC')], [m(10, 15, null)], ['0-5:country:KZ']],
    ['disjoint mentions are all kept, in order', [m(20, 25, 'country:KZ', 'LOC')], [m(0, 10, 'user:a')], ['0-10:user:a', '20-25:country:KZ']],
  ])('%s', (_, bundled, custom, expected) => {
    expect(ids(mergeMentions(bundled, custom))).toEqual(expected);
  });
});

describe('mergeHits', () => {
  const hit = (id: string, score: number): SearchHit => ({ id, type: 'PER', name: { ru: id, en: id }, subtitle: { ru: '', en: '' }, score });
  it('ranks both layers by score, the user\'s own first on a tie, and cuts to the limit', () => {
    const merged = mergeHits([hit('a', 5), hit('b', 3)], [hit('user:c', 5), hit('user:d', 1)], 3);
    expect(merged.map((h) => h.id)).toEqual(['user:c', 'a', 'b']);
  });
});
