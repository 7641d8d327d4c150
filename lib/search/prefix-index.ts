/**
 * Sorted key array with binary search: exact and prefix lookups in O(log n + matches).
 * Each name is indexed whole and from every later word («майя гойкович» also as «гойкович»),
 * so a family name or the second word of a place finds the record.
 */
export interface IndexEntry {
  key: string;
  entity: number;
  /** True for a whole name, false for a word suffix of one. */
  whole: boolean;
}

/** Shortest word a name is also indexed from. */
const MIN_WORD = 3;

export class PrefixIndex {
  private readonly keys: string[];
  private readonly entities: Int32Array;
  private readonly whole: Uint8Array;

  /** Builds from `(ordinal, keys)` pairs; keys must already be search keys. */
  constructor(items: Iterable<{ entity: number; keys: readonly string[] }>) {
    const entries: IndexEntry[] = [];
    for (const { entity, keys } of items) {
      const seen = new Set<string>();
      for (const key of keys) {
        const words = key.split(' ');
        for (let w = 0; w < words.length; w++) {
          const k = w === 0 ? key : words.slice(w).join(' ');
          // One- and two-letter words («А. Лукашенко», «Муранг'а») would make junk exact hits.
          if (seen.has(k) || k.length === 0 || (w > 0 && words[w]!.length < MIN_WORD)) continue;
          seen.add(k);
          entries.push({ key: k, entity, whole: w === 0 });
        }
      }
    }
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entity - b.entity));
    this.keys = entries.map((e) => e.key);
    this.entities = Int32Array.from(entries, (e) => e.entity);
    this.whole = Uint8Array.from(entries, (e) => (e.whole ? 1 : 0));
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
