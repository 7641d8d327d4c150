import { describe, expect, it } from 'vitest';
import { createCustomLayer, type BundledKnowledge } from '@/lib/custom/layer';
import type { CustomEntity } from '@/lib/custom/entity';
import type { PlaceRecord } from '@/lib/data/types';

const KZ: PlaceRecord = {
  id: 'country:KZ',
  type: 'LOC',
  kind: 'country',
  name: { ru: 'Казахстан', en: 'Kazakhstan' },
  country: 'KZ',
  country_facts: { iso3: 'KAZ', flag: '🇰🇿', continent: 'AS', languages: ['kk', 'ru'], neighbours: [] },
};
const bundled: BundledKnowledge = { get: (id) => (id === KZ.id ? KZ : undefined), heads: () => [], version: 'test-1' };

const entities: CustomEntity[] = [
  { id: 'per-aidar', type: 'PER', name_ru: 'Айдар Бекмуханов', name_en: 'Aidar Bekmukhanov', country: 'KZ', gender: 'm', role_ru: 'главный редактор', aliases: [], added: '2026-02-13' },
  { id: 'org-primer', type: 'ORG', name_ru: 'Фонд «Пример»', short: 'ФП', country: 'KZ', aliases: [], added: '2026-02-13' },
];
const layer = createCustomLayer(entities);

describe('custom layer', () => {
  it('finds the user\'s person in inflected forms, like a bundled name', () => {
    const text = 'Коллеги поздравили Айдара Бекмуханова, а встреча с Айдаром Бекмухановым прошла в Алматы.';
    const found = layer.recognize([text], 'ru')[0]!.filter((x) => x.entityId === 'user:per-aidar');
    expect(found.map((x) => x.text)).toEqual(['Айдара Бекмуханова', 'Айдаром Бекмухановым']);
  });

  it('builds a card view marked as the user\'s own, with refs resolved in the bundled data', () => {
    const view = layer.view('user:per-aidar', bundled);
    expect(view?.origin).toBe('user');
    expect(view?.refs['country:KZ']?.flag).toBe('🇰🇿');
    expect(view?.datasetVersion).toBe('test-1');
    expect(layer.view('country:KZ', bundled)).toBeUndefined();
  });

  it('searches by name, abbreviation and with typos, marking hits as the user\'s own', () => {
    expect(layer.search('бекмуханов', 5, bundled)[0]).toMatchObject({ id: 'user:per-aidar', origin: 'user', flag: '🇰🇿' });
    expect(layer.search('ФП', 5, bundled)[0]?.id).toBe('user:org-primer');
    expect(layer.search('Бекмуханв', 5, bundled)[0]?.id).toBe('user:per-aidar');
  });

  it('an empty layer costs nothing and finds nothing', () => {
    const empty = createCustomLayer([]);
    expect(empty.recognize(['a', 'b'], 'ru')).toEqual([[], []]);
    expect(empty.search('x', 5, bundled)).toEqual([]);
  });
});
