/**
 * The compiled match index: built once at data-build time, stored as JSON in the dataset, used
 * as-is by the recognizer (no per-key work at load, so loading costs about one JSON.parse).
 *
 * Compactness matters (the whole dataset ships in the extension), so per-entity data is packed
 * in newline-joined strings and fixed-width codes rather than one object per entity.
 */
import type { EntityType } from '../data/types';

export const INDEX_VERSION = 1;

export interface CompiledMatchIndex {
  v: number;
  /** Entity ids in index order, joined by '\n'. */
  ids: string;
  /** Russian display names, joined by '\n'. */
  names: string;
  /** English display names, joined by '\n'; empty where equal to the Russian one. */
  namesEn: string;
  /** Per entity 4 chars: kind code (see KIND_CODES), ISO2 country or '--', prior digit '0'..'9'. */
  meta: string;
  /** Per entity the index of its parent region (cities) or -1, for disambiguation by co-mention. */
  parent: number[];
  /** Folded form key (word norms joined by ' ') → packed refs (see packRef). */
  forms: Record<string, number | number[]>;
  /** First word of every multi-word key → the longest key's word count. */
  multi: Record<string, number>;
}

/** Flags on a ref: what kind of form matched. */
export const REF_SURNAME = 1; // a person's surname alone: needs support (coreference, a given name)
export const REF_ABBR = 2; // an abbreviation: matches only when written in capitals (МИД, США)
export const REF_COMMON = 4; // also an ordinary word (Мир, Поле): needs a context cue
const FLAG_BITS = 3;

export function packRef(entity: number, flags: number): number {
  return entity * (1 << FLAG_BITS) + flags;
}
export function refEntity(ref: number): number {
  return Math.floor(ref / (1 << FLAG_BITS));
}
export function refFlags(ref: number): number {
  return ref % (1 << FLAG_BITS);
}

/** Kind codes in `meta`: one char each. */
export type EntityKind = 'person-m' | 'person-f' | 'org' | 'country' | 'region' | 'city' | 'city-base';
export const KIND_CODES: Record<EntityKind, string> = {
  'person-m': 'M',
  'person-f': 'F',
  org: 'O',
  country: 'C',
  region: 'R',
  city: 'T',
  // A city whose case forms were not generated (small towns): matched by lemma fallback.
  'city-base': 't',
};
const CODE_KIND = new Map<string, EntityKind>(Object.entries(KIND_CODES).map(([k, c]) => [c, k as EntityKind]));

export function kindOfCode(code: string): EntityKind {
  return CODE_KIND.get(code) ?? 'org';
}

export function typeOfKind(kind: EntityKind): EntityType {
  if (kind === 'person-m' || kind === 'person-f') return 'PER';
  if (kind === 'org') return 'ORG';
  return 'LOC';
}

/** Adds a ref to a forms table entry, keeping single refs as plain numbers (most keys have one). */
export function addRef(forms: Record<string, number | number[]>, key: string, ref: number): void {
  const cur = Object.hasOwn(forms, key) ? forms[key] : undefined;
  if (cur === undefined) forms[key] = ref;
  else if (typeof cur === 'number') {
    if (cur !== ref) forms[key] = [cur, ref];
  } else if (!cur.includes(ref)) cur.push(ref);
}

/** Refs stored under a key (empty when absent). */
export function getRefs(forms: Record<string, number | number[]>, key: string): readonly number[] {
  if (!Object.hasOwn(forms, key)) return EMPTY;
  const v = forms[key]!;
  return typeof v === 'number' ? [v] : v;
}
const EMPTY: readonly number[] = [];
