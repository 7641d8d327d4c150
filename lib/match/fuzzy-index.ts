/**
 * A deletion-neighbourhood index (SymSpell-style) over one first-letter group of fuzzy keys: every
 * key and each of its one-letter deletions → key ids. Two strings within one edit share an entry
 * (a substitution or a transposition is one deletion on each side), so a query finds its near
 * misses by probing its own ≤ len+1 deletions instead of scanning the group.
 *
 * The first letter is never deleted: the group already fixes it, and a common prefix does not
 * change an edit distance. Entries are 32-bit hashes packed with the key id into one sorted
 * Float64Array (about 8 bytes per entry, no strings kept), built in a few ms per group on first use.
 */
import type { FuzzyGroup } from './fuzzy-keys';

/** Key ids fit in 2^ID_BITS (the largest group has ~5,000 keys). */
const ID_BITS = 20;
const ID_SPACE = 2 ** ID_BITS;

/** FNV-1a over `s` without the char at `skip` (pass -1 to hash all of it), and `skip2` likewise. */
function hashWithout(s: string, skip: number, skip2 = -1): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip || i === skip2) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class DeletionIndex {
  private readonly entries: Float64Array;

  constructor(readonly group: FuzzyGroup) {
    const { keys } = group;
    let n = 0;
    for (const k of keys) n += k.length; // the key itself plus len-1 deletions
    const entries = new Float64Array(n);
    let at = 0;
    keys.forEach((k, id) => {
      // First-word markers of longer names only answer `startingWith`.
      if (group.refs[id]!.length === 0) return;
      entries[at++] = hashWithout(k, -1) * ID_SPACE + id;
      for (let p = 1; p < k.length; p++) entries[at++] = hashWithout(k, p) * ID_SPACE + id;
    });
    // Typed-array sort is numeric and native: a few ms for the largest group.
    this.entries = entries.subarray(0, at).sort();
  }

  /**
   * Ids of keys that share a deletion entry with `query` or with one of its deletions up to
   * `queryDeletions` letters (1 or 2). Every key within one edit is found; with 2, so is every key
   * that the query contains with up to two extra letters, or with one extra letter and one changed.
   */
  candidates(query: string, queryDeletions: 1 | 2): Set<number> {
    const out = new Set<number>();
    this.probe(hashWithout(query, -1), out);
    for (let p = 1; p < query.length; p++) {
      this.probe(hashWithout(query, p), out);
      if (queryDeletions === 2) for (let q = p + 1; q < query.length; q++) this.probe(hashWithout(query, p, q), out);
    }
    return out;
  }

  /** Ids of the keys that start with `prefix` (keys are sorted: one binary search, then a run). */
  startingWith(prefix: string): number[] {
    const keys = this.group.keys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < keys.length && keys[i]!.startsWith(prefix); i++) out.push(i);
    return out;
  }

  /** Adds the ids stored under hash `h` (binary search for its first entry, then a short run). */
  private probe(h: number, out: Set<number>): void {
    const lo0 = h * ID_SPACE;
    const e = this.entries;
    let lo = 0;
    let hi = e.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (e[mid]! < lo0) lo = mid + 1;
      else hi = mid;
    }
    const end = lo0 + ID_SPACE;
    for (let i = lo; i < e.length && e[i]! < end; i++) out.add(e[i]! - lo0);
  }
}
