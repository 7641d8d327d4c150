/**
 * Fuzzy fallback (fuse.js) over a restricted set — people, organizations, countries, regions and
 * cities of 250,000+ — sharded by first letter, so a typo in a well-known name is found within a
 * keystroke. The Fuse indexes are built at data-build time (`Fuse.createIndex(...).toJSON()`) and
 * parsed at load.
 */
import Fuse from 'fuse.js';
import type { DatasetSearch, FuzzyShard } from '../data/dataset';
import type { EntityRecord } from '../data/types';
import { searchKey } from './keys';

/** Cities smaller than this are found by exact and prefix lookups only. */
export const FUZZY_MIN_POPULATION = 250_000;
const FUSE_OPTIONS = { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 };

function inFuzzySet(rec: EntityRecord): boolean {
  if (rec.type !== 'LOC' || rec.kind !== 'city') return true;
  return (rec.population ?? 0) >= FUZZY_MIN_POPULATION;
}

/** The keys fuzzy search sees: display names ru/en, org short names, and each name's last word (family names). */
function fuzzyKeys(rec: EntityRecord): string[] {
  const raw = [rec.name.ru, rec.name.en];
  if (rec.type === 'ORG' && rec.short) raw.push(...Object.values(rec.short));
  const keys = raw.map(searchKey).filter((k) => k.length > 0);
  if (rec.type === 'PER') {
    const family = Object.values(rec.family ?? {}).map(searchKey);
    keys.push(...(family.length > 0 ? family : keys.map((k) => k.split(' ').pop() ?? '')));
  }
  return [...new Set(keys)].filter((k) => k.length >= 2);
}

/** Build time: the serialized, sharded fuzzy index for records in canonical order. */
export function buildFuzzyIndex(records: readonly EntityRecord[]): DatasetSearch {
  const groups = new Map<string, { entities: number[]; keys: string[] }>();
  records.forEach((rec, i) => {
    if (!inFuzzySet(rec)) return;
    for (const k of fuzzyKeys(rec)) {
      const g = groups.get(k[0]!) ?? { entities: [], keys: [] };
      g.entities.push(i);
      g.keys.push(k);
      groups.set(k[0]!, g);
    }
  });
  const shards: Record<string, FuzzyShard> = {};
  for (const [letter, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    shards[letter] = { entities: g.entities, fuse: Fuse.createIndex([], g.keys).toJSON() as FuzzyShard['fuse'] };
  }
  return { shards };
}

export interface FuzzyHit {
  entity: number;
  /** Fuse score: 0 is a perfect match, 1 no match. */
  score: number;
  key: string;
}

/** Runtime: fuzzy search over the prebuilt shards (each parsed on first use). */
export class FuzzySearcher {
  private readonly fuses = new Map<string, Fuse<string>>();

  constructor(private readonly data: DatasetSearch) {}

  /** Parses every shard now (when idle), so no keystroke pays for it. */
  warm(): void {
    for (const letter of Object.keys(this.data.shards)) this.shard(letter);
  }

  private shard(letter: string): Fuse<string> | undefined {
    const cached = this.fuses.get(letter);
    if (cached) return cached;
    const s = this.data.shards[letter];
    if (!s) return undefined;
    // Fuse picks its string-list mode from the docs' type, so the docs are the keys themselves;
    // a string list has no key paths, so `keys` is always empty.
    const fuse = new Fuse<string>(s.fuse.records.map((r) => r.v), FUSE_OPTIONS, Fuse.parseIndex<string>({ keys: [], records: s.fuse.records }));
    this.fuses.set(letter, fuse);
    return fuse;
  }

  /** Best fuzzy matches for an already folded query, from the shard of its first letter. */
  search(key: string, limit: number): FuzzyHit[] {
    const letter = key[0];
    const fuse = letter === undefined ? undefined : this.shard(letter);
    const shard = letter === undefined ? undefined : this.data.shards[letter];
    if (!fuse || !shard) return [];
    return fuse.search(key, { limit }).map((r) => ({ entity: shard.entities[r.refIndex]!, score: r.score ?? 1, key: r.item }));
  }
}
