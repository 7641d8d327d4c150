/**
 * The columns of a custom-entity file (CSV header names = JSON keys), documented for users in
 * docs/custom-entities.md. Order here is the template's column order.
 */
import type { OrgKind, PlaceKind } from '../data/types';

export const CUSTOM_FIELDS = [
  'id',
  'type',
  'name_ru',
  'name_en',
  'aliases',
  'country',
  'gender',
  'kind',
  'role_ru',
  'role_en',
  'short',
  'source',
  'wiki_ru',
  'wiki_en',
  'website',
  'lat',
  'lon',
  'population',
] as const;

export type CustomField = (typeof CUSTOM_FIELDS)[number];

/** Separator of several aliases inside one CSV cell (a comma would need quoting in every row). */
export const ALIAS_SEPARATOR = '|';

export const PLACE_KINDS: readonly PlaceKind[] = ['country', 'region', 'city'];
export const ORG_KINDS: readonly OrgKind[] = [
  'international',
  'ministry',
  'state-body',
  'legislature',
  'court',
  'company',
  'holding',
  'bank',
  'media',
  'party',
  'ngo',
  'university',
  'other',
];

/** Fields that only make sense for one entity type; a value for another type is a mistake. */
export const FIELD_TYPES: Partial<Record<CustomField, readonly ('PER' | 'LOC' | 'ORG')[]>> = {
  gender: ['PER'],
  role_ru: ['PER'],
  role_en: ['PER'],
  short: ['ORG'],
  kind: ['LOC', 'ORG'],
  lat: ['LOC'],
  lon: ['LOC'],
  population: ['LOC'],
};

/** Limits that keep one import from slowing the background's index build or the storage quota. */
export const LIMITS = {
  fileChars: 2_000_000,
  entities: 2_000,
  nameChars: 200,
  textChars: 300,
  aliases: 20,
} as const;

function isField(name: string): name is CustomField {
  return (CUSTOM_FIELDS as readonly string[]).includes(name);
}

/** A header cell or JSON key as written ("Name_RU ", "name-ru") → the field, or null when unknown. */
export function fieldOf(header: string): CustomField | null {
  const name = header.trim().toLowerCase().replace(/-/g, '_');
  return isField(name) ? name : null;
}
