/**
 * Sorted key array with binary search: exact and prefix lookups in O(log n + matches).
 * Each name is indexed whole and from every later word («майя гойкович» also as «гойкович»),
 * so a family name or the second word of a place finds the record.
 */
import { sortByCodeUnits } from './code-unit-sort';

export interface IndexEntry {
  key: string;
  entity: number;
  /** True for a whole name, false for a word suffix of one. */
  whole: boolean;
}

/** Shortest word a name is also indexed from. */
const MIN_WORD = 3;
/** Base-36 digits of an entity ordinal in a sort row (36^4 > 1.6 million entities). */
const ENTITY_WIDTH = 4;

/**
 * The index's rows, added entity by entity (so a build can be spread over several tasks), then
 * sorted once. Each entry is one string `key \0 entity(base 36, fixed width) whole`: sorted by
 * code units that is key order, then entity (\0 puts a key before its extensions), and ~200,000
 * strings sort several times faster than objects with a JS comparator.
 */
export class PrefixIndexRows {
  private readonly rows: string[] = [];

  /** Adds one entity's search keys (already search keys). */
  add(entity: number, keys: readonly string[]): void {
    const seen = new Set<string>();
    const tag = entity.toString(36).padStart(ENTITY_WIDTH, '0');
    for (const key of keys) {
      const words = key.split(' ');
      for (let w = 0; w < words.length; w++) {
        const k = w === 0 ? key : words.slice(w).join(' ');
        // One- and two-letter words («А. Лукашенко», «Муранг'а») would make junk exact hits.
        if (seen.has(k) || k.length === 0 || (w > 0 && words[w]!.length < MIN_WORD)) continue;
        seen.add(k);
        this.rows.push(`${k}\0${tag}${w === 0 ? '1' : '0'}`);
      }
    }
  }

  /** The rows in index order. */
  sorted(): string[] {
    return sortByCodeUnits(this.rows);
  }
}

export class PrefixIndex {
  private readonly keys: string[];
  private readonly entities: Int32Array;
  private readonly whole: Uint8Array;

  /** From `(ordinal, keys)` pairs (keys must already be search keys), or from rows already sorted. */
  constructor(items: Iterable<{ entity: number; keys: readonly string[] }> | { sortedRows: readonly string[] }) {
    let rows: readonly string[];
    if ('sortedRows' in items) rows = items.sortedRows;
    else {
      const all = new PrefixIndexRows();
      for (const { entity, keys } of items) all.add(entity, keys);
      rows = all.sorted();
    }
    const n = rows.length;
    this.keys = new Array<string>(n);
    this.entities = new Int32Array(n);
    this.whole = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      const cut = row.length - ENTITY_WIDTH - 2;
      this.keys[i] = row.slice(0, cut);
      this.entities[i] = parseInt(row.slice(cut + 1, row.length - 1), 36);
      this.whole[i] = row.charCodeAt(row.length - 1) === 49 ? 1 : 0;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  private lowerBound(q: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Calls `visit` for every entry whose key starts with `prefix`, in key order. */
  forEachPrefix(prefix: string, visit: (e: IndexEntry) => void): void {
    for (let i = this.lowerBound(prefix); i < this.keys.length; i++) {
      const key = this.keys[i]!;
      if (!key.startsWith(prefix)) break;
      visit({ key, entity: this.entities[i]!, whole: this.whole[i] === 1 });
    }
  }
}
