/**
 * The runtime dataset files under `assets/public/dataset/` and their shapes. Places are stored as
 * rows of a fixed column order (see `pack.ts`) because 32,000 cities as objects would not fit the
 * size budget; curated people and organizations and the 250 countries stay full records.
 */
import type { OrganizationRecord, PersonRecord, PlaceRecord } from './types';

/** File names inside the dataset directory. */
export const DATASET_FILES = {
  manifest: 'manifest.json',
  entities: 'entities.json',
  search: 'search.json',
  match: 'match.json',
} as const;

export interface DatasetSource {
  name: string;
  licence: string;
  attribution: string;
  url: string;
}

export interface DatasetManifest {
  /** Date of the newest source fact + short content hash, e.g. `2025-11-19.1a2b3c4d`. */
  version: string;
  sources: DatasetSource[];
  counts: Record<string, number>;
  /** Bytes per file, as written. */
  files: Record<string, number>;
}

/**
 * Places of one kind as columns, row i in every column. Strings columns are joined by "\n"
 * (aliases within a row by "|"); `en` is empty when it equals `ru`; `refs` lists the geonameids
 * the rows refer to (a city's region, a region's centre city), sorted and delta-coded, and `ref`
 * has 3 base-36 chars per row: 1-based position in `refs`, '000' = none; lat/lon are hundredths
 * of a degree (0,0 = unknown); `flags` has one digit per row: 1 capital, 2 admin centre.
 */
export interface PlaceColumns {
  /** GeoNames ids, delta-coded (each the difference from the previous one). */
  id: number[];
  ru: string;
  en: string;
  aliases: string;
  /** ISO2 codes concatenated, two characters per row. */
  country: string;
  /** Distinct referenced geonameids, sorted, delta-coded. */
  refs: number[];
  /** Per row 3 base-36 chars: 1-based index into `refs`, '000' = none. */
  ref: string;
  lat: number[];
  lon: number[];
  population: number[];
  flags: string;
}

export interface DatasetEntities {
  countries: PlaceRecord[];
  regions: PlaceColumns;
  cities: PlaceColumns;
  people: PersonRecord[];
  orgs: OrganizationRecord[];
}

/** One shard of the fuzzy index: the fuzzy keys starting with one letter. */
export interface FuzzyShard {
  /** Ordinal into the entity list (`allRecords` order) for each key. */
  entities: number[];
  /** `Fuse.createIndex([], keys).toJSON()`; the keys themselves are its records' `v`. */
  fuse: { keys: unknown[]; records: { v: string; i: number; n: number }[] };
}

/**
 * Prebuilt fuzzy-search index, sharded by the key's first letter: a typo is rarely in the first
 * letter, and searching one shard of ~1,000 keys fits a keystroke where all 20,000 do not.
 */
export interface DatasetSearch {
  shards: Record<string, FuzzyShard>;
}

/** What a loader needs: the parsed JSON of each file (match index optional for search-only use). */
export interface DatasetFiles {
  manifest: DatasetManifest;
  entities: DatasetEntities;
  search: DatasetSearch;
  match?: unknown;
}
