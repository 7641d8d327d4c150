/**
 * The compiled match index: built once at data-build time, stored as JSON in the dataset, used
 * as-is by the recognizer (no per-key work at load, so loading costs about one JSON.parse).
 *
 * Compactness matters (the whole dataset ships in the extension), so per-entity data is packed
 * in newline-joined strings and fixed-width codes rather than one object per entity.
 */
import type { EntityType } from '../data/types';

export const INDEX_VERSION = 4;

/**
 * Per-entity data is indexed by ordinal: the dataset's canonical order (`allRecords`). Ids and
 * display names are not stored here: the dataset's entities already hold them, and the recognizer
 * reads them through `EntityNames` (v3 duplicated them: ~700 KB of the size budget).
 */
export interface CompiledMatchIndex {
  v: number;
  /**
   * Per entity 7 chars: kind code (see KIND_CODES), ISO2 country or '--', prior digit '0'..'9',
   * then in base 36 (3 chars, '---' for none) a city's region ordinal (for disambiguation by
   * co-mention) or the ordinal of the city a region is named after (see `compile.ts`).
   */
  meta: string;
  /** Folded form keys (word norms joined by ' ') → packed refs: see `forms-table.ts`. */
  forms: string;
}

/** Width of one entity's record in `meta`. */
export const META_WIDTH = 7;

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

/** Adds a ref under a key, once. */
export function addRef(forms: Map<string, number[]>, key: string, ref: number): void {
  const cur = forms.get(key);
  if (!cur) forms.set(key, [ref]);
  else if (!cur.includes(ref)) cur.push(ref);
}
