import { describe, expect, test, vi } from 'vitest';
import { idLookup, lazyRecords, recordsOf } from '../../../lib/data/lazy-records';
import { KnowledgeBase } from '../../../lib/knowledge/knowledge-base';
import { PlaceRows } from '../../../lib/data/pack';
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

  test('ids and groups are found without unpacking every place, with the eager answers', () => {
    const lazy = lazyRecords(files.entities);
    const built = vi.spyOn(PlaceRows.prototype, 'row');
    const find = idLookup(lazy);
    const city = eager.find((r) => r.type === 'LOC' && r.kind === 'city')!;
    const region = eager.find((r) => r.type === 'LOC' && r.kind === 'region')!;
    for (const r of [city, region, eager[0]!, eager[eager.length - 1]!]) expect(find(r.id)).toEqual(r);
    expect(find('city:0')).toBeUndefined();
    expect(recordsOf(lazy, 'people')).toEqual(eager.filter((r) => r.type === 'PER'));
    expect(recordsOf(lazy, 'countries')).toEqual(eager.filter((r) => r.type === 'LOC' && r.kind === 'country'));
    // Only the two places asked for by id were unpacked.
    expect(built).toHaveBeenCalledTimes(2);
    built.mockRestore();
  });

  test('cards on a fresh knowledge base unpack no place beyond the ones they show', () => {
    const kb = loadKnowledgeBase(files);
    const eagerKb = new KnowledgeBase(eager, files.search, files.manifest);
    const built = vi.spyOn(PlaceRows.prototype, 'row');
    for (const id of ['person:kassym-jomart-tokayev', 'country:KZ', 'org:mfa-kz']) expect(kb.view(id)).toEqual(eagerKb.view(id));
    expect(built.mock.calls.length).toBeLessThan(20);
    built.mockRestore();
  });
});
