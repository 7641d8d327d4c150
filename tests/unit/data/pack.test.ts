import { describe, expect, it } from 'vitest';
import { byNumericId, packPlaces, unpackPlaces } from '../../../lib/data/pack';
import type { PlaceRecord } from '../../../lib/data/types';
import { records } from './helpers';

describe('place packing', () => {
  it.each(['city', 'region'] as const)('round-trips every %s', (kind) => {
    const places = records.filter((r): r is PlaceRecord => r.type === 'LOC' && r.kind === kind);
    expect(unpackPlaces(packPlaces(places), kind)).toEqual(places);
  });

  it('rejects unsorted input and separators inside names', () => {
    const a: PlaceRecord = { id: 'city:2', type: 'LOC', kind: 'city', name: { ru: 'Б', en: 'B' }, country: 'KZ' };
    const b: PlaceRecord = { ...a, id: 'city:1' };
    expect(() => packPlaces([a, b])).toThrow(/sorted/);
    expect(() => packPlaces([{ ...a, aliases: ['x|y'] }])).toThrow(/separator/);
    expect([a, b].sort(byNumericId).map((p) => p.id)).toEqual(['city:1', 'city:2']);
  });
});
