import { describe, expect, it } from 'vitest';
import { formValues, isCustomId, slugFor, toEntityRecord, type CustomEntity } from '@/lib/custom/entity';

const person: CustomEntity = {
  id: 'per-aidar',
  type: 'PER',
  name_ru: 'Айдар Бекмуханов',
  aliases: ['A. Bekmukhanov'],
  country: 'KZ',
  gender: 'm',
  role_ru: 'главный редактор',
  source: 'https://example.org/about',
  wiki_en: 'Aidar',
  added: '2026-02-13',
};

describe('toEntityRecord', () => {
  it('makes a person record with a dated, sourced current role and a user: id', () => {
    expect(toEntityRecord(person)).toEqual({
      id: 'user:per-aidar',
      type: 'PER',
      name: { ru: 'Айдар Бекмуханов', en: 'Айдар Бекмуханов' },
      aliases: ['A. Bekmukhanov'],
      links: { wikiEn: 'Aidar' },
      gender: 'm',
      country: 'KZ',
      roles: [{ title: { ru: 'главный редактор', en: 'главный редактор' }, kind: 'other', country: 'KZ', asOf: '2026-02-13', source: 'https://example.org/about' }],
    });
  });

  it('defaults a place to a city and keeps coordinates', () => {
    const rec = toEntityRecord({ id: 'loc-x', type: 'LOC', name_en: 'Zhana-Aul', country: 'KZ', lat: 43.2, lon: 76.9, aliases: [], added: '2026-01-01' });
    expect(rec).toMatchObject({ type: 'LOC', kind: 'city', name: { ru: 'Zhana-Aul', en: 'Zhana-Aul' }, lat: 43.2, lon: 76.9 });
  });

  it('defaults an organization kind to other and keeps the abbreviation', () => {
    const rec = toEntityRecord({ id: 'org-x', type: 'ORG', name_ru: 'Фонд', short: 'ФП', aliases: [], added: '2026-01-01' });
    expect(rec).toMatchObject({ type: 'ORG', kind: 'other', short: { ru: 'ФП' }, asOf: '2026-01-01' });
    expect(rec).not.toHaveProperty('country');
  });
});

describe('ids', () => {
  it.each([
    [{ type: 'PER', name_ru: 'Айдар Бекмуханов' }, 'per-aydar-bekmuhanov'],
    [{ type: 'ORG', name_en: 'Primer Foundation (KZ)', name_ru: 'Фонд' }, 'org-primer-foundation-kz'],
    [{ type: 'LOC', name_ru: '«»' }, 'loc-entity'],
  ] as const)('slugFor(%o) = %s', (row, slug) => {
    expect(slugFor(row)).toBe(slug);
  });

  it('custom ids are recognizable and never collide with bundled prefixes', () => {
    expect(isCustomId(toEntityRecord(person).id)).toBe(true);
    expect(isCustomId('person:valikhan-turekhanov')).toBe(false);
  });
});

describe('formValues', () => {
  it('gives the form strings, aliases as in a CSV cell, without the date', () => {
    expect(formValues(person)).toMatchObject({ id: 'per-aidar', aliases: 'A. Bekmukhanov', country: 'KZ' });
    expect(formValues(person)).not.toHaveProperty('added');
  });
});
