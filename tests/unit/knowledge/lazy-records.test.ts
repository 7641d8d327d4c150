import { describe, expect, test } from 'vitest';
import { lazyRecords } from '../../../lib/data/lazy-records';
import { allRecords } from '../../../lib/data/pack';
import { loadKnowledgeBase } from '../../../lib/data/load';
import { files } from '../data/helpers';

describe('lazyRecords', () => {
  const eager = allRecords(files.entities);

  test('reads every ordinal as the eager list does', () => {
    const lazy = lazyRecords(files.entities);
    expect(lazy.length).toBe(eager.length);
    // Out of order first (a city before any region), then all of them through array methods.
    const city = eager.findIndex((r) => r.type === 'LOC' && r.kind === 'city');
    expect(lazy[city]).toEqual(eager[city]);
    expect(lazy.map((r) => r.id)).toEqual(eager.map((r) => r.id));
    expect([...lazy]).toEqual(eager);
    expect(lazy.filter((r) => r.type === 'PER')).toEqual(eager.filter((r) => r.type === 'PER'));
    expect(lazy[eager.length]).toBeUndefined();
  });

  test('a knowledge base over it answers views and searches like one over the eager list', () => {
    const kb = loadKnowledgeBase(files);
    const id = eager.find((r) => r.type === 'LOC' && r.kind === 'city' && (r.population ?? 0) > 1_000_000)!.id;
    expect(kb.view(id)?.record.id).toBe(id);
    expect(kb.search('Токаев', 3)[0]?.id).toBe('person:kassym-jomart-tokayev');
    while (kb.prepareStep());
  });
});
