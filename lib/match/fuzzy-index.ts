/**
 * A deletion-neighbourhood index (SymSpell-style) over one first-letter group of fuzzy keys: every
 * key and each of its one-letter deletions → key ids. Two strings within one edit share an entry
 * (a substitution or a transposition is one deletion on each side), so a query finds its near
 * misses by probing its own ≤ len+1 deletions instead of scanning the group.
 *
 * The first letter is never deleted: the group already fixes it, and a common prefix does not
 * change an edit distance. Entries are 32-bit polynomial hashes packed with the key id into one sorted
 * Float64Array (about 8 bytes per entry, no strings kept), built in a few ms per group on first use.
 */
import { type FuzzyGroup, type PackedGroup, packGroup } from './fuzzy-keys';

/** Key ids fit in 2^ID_BITS (the largest group has ~5,000 keys). */
const ID_BITS = 20;
const ID_SPACE = 2 ** ID_BITS;

const BASE = 0x01000193;

/** Polynomial hash (mod 2^32) of `s` without the chars at `skip` and `skip2` (-1: none). */
export function hashWithout(s: string, skip: number, skip2 = -1): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) if (i !== skip && i !== skip2) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h >>> 0;
}

/**
 * Writes the hash of `key` and of each of its deletions after the first letter into `out` from
 * `at`, each packed with `id`; returns the next free position. Same values as `hashWithout`, in
 * O(len) rather than O(len²): without position p, the hash is prefix(p)·BASE^(len-1-p) + suffix(p+1).
 */
function addDeletions(text: string, from: number, n: number, id: number, out: Float64Array, at: number): number {
  // The key is text[from..from+n).
  // suffix[q] = Σ_{k≥q} key[k]·BASE^(n-1-k); pow[q] = BASE^q.
  const suffix = new Int32Array(n + 1);
  const pow = new Int32Array(n + 1);
  pow[0] = 1;
  for (let q = 1; q <= n; q++) pow[q] = Math.imul(pow[q - 1]!, BASE);
  for (let q = n - 1; q >= 0; q--) suffix[q] = (suffix[q + 1]! + Math.imul(text.charCodeAt(from + q), pow[n - 1 - q]!)) | 0;
  out[at++] = (suffix[0]! >>> 0) * ID_SPACE + id;
  let prefix = text.charCodeAt(from); // hash of key[0..p) for p = 1
  for (let p = 1; p < n; p++) {
    out[at++] = (((Math.imul(prefix, pow[n - 1 - p]!) + suffix[p + 1]!) | 0) >>> 0) * ID_SPACE + id;
    prefix = (Math.imul(prefix, BASE) + text.charCodeAt(from + p)) | 0;
  }
  return at;
}

/**
 * Calls `visit` with the hash of `query`, of each deletion after the first letter and, with
 * `deletions` 2, of each pair of them: the values `hashWithout` gives, in O(1) per hash rather
 * than O(len) (prefix hashes and powers of BASE; a query of 12 letters makes 67 hashes).
 */
export function forEachDeletionHash(query: string, deletions: 1 | 2, visit: (h: number) => void): void {
  const n = query.length;
  const prefix = new Int32Array(n + 1); // prefix[i]: hash of query[0..i)
  const pow = new Int32Array(n + 1); // pow[k]: BASE^k
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + query.charCodeAt(i)) | 0;
    pow[i + 1] = Math.imul(pow[i]!, BASE);
  }
  /** Hash of query[a..b). */
  const sub = (a: number, b: number): number => (prefix[b]! - Math.imul(prefix[a]!, pow[b - a]!)) | 0;
  visit(prefix[n]! >>> 0);
  for (let p = 1; p < n; p++) {
    const head = prefix[p]!;
    visit(((Math.imul(head, pow[n - 1 - p]!) + sub(p + 1, n)) | 0) >>> 0);
    if (deletions === 1) continue;
    for (let q = p + 1; q < n; q++) {
      const mid = (Math.imul(head, pow[q - p - 1]!) + sub(p + 1, q)) | 0;
      visit(((Math.imul(mid, pow[n - 1 - q]!) + sub(q + 1, n)) | 0) >>> 0);
    }
  }
}

/**
 * The filter slot of hash `h`: its top bits after a multiplicative mix (the directory uses the raw
 * top bits; the mix makes the filter independent of it, and the polynomial hash's low bits are weak).
 */
function filterSlot(h: number, shift: number): number {
  return Math.imul(h, 0x9e3779b1) >>> shift;
}

/** Prefix hashes and powers of BASE for `candidates`, shared by every index and grown as needed. */
let scratch = { prefix: new Int32Array(64), pow: new Int32Array(64) };

export class DeletionIndex {
  private readonly entries: Float64Array;
  /** start[b] = first entry whose hash has top bits b: a probe scans a few entries, no search. */
  private readonly start: Uint32Array;
  private readonly shift: number;
  /**
   * One bit per (mixed) hash, about eight bits per entry: most probes find nothing, and a set bit
   * is the only way one can find something. The filter is a fraction of the entries' size and
   * stays in cache, where each probe of the directory and the entries was two cache misses
   * (the probes were ~10% of a first pass over a Russian article).
   */
  private readonly filter: Uint32Array;
  private readonly filterShift: number;
  /** seen[id] === stamp: id already a candidate of the current query. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  private readonly group: PackedGroup;
  /** Keys in the group. */
  readonly size: number;

  constructor(group: PackedGroup | FuzzyGroup) {
    this.group = 'keys' in group ? packGroup(group) : group;
    const { text, keyStart, refStart } = this.group;
    this.size = keyStart.length - 1;
    this.seen = new Uint32Array(this.size);
    // The key itself plus len-1 deletions each.
    const entries = new Float64Array(text.length);
    let at = 0;
    for (let id = 0; id < this.size; id++) {
      // First-word markers of longer names only answer `startingWith`.
      if (refStart[id] === refStart[id + 1]) continue;
      at = addDeletions(text, keyStart[id]!, keyStart[id + 1]! - keyStart[id]!, id, entries, at);
    }
    // Typed-array sort is numeric and native: a few ms for the largest group.
    this.entries = entries.subarray(0, at).sort();
    // About four entries per directory slot.
    const bits = Math.max(4, Math.min(20, Math.ceil(Math.log2(Math.max(1, at / 4)))));
    this.shift = 32 - bits;
    this.start = new Uint32Array((1 << bits) + 1);
    for (let i = 0; i < at; i++) this.start[Math.floor(this.entries[i]! / ID_SPACE) >>> this.shift]!++;
    let sum = 0;
    for (let b = 0; b <= 1 << bits; b++) {
      const c = this.start[b]!;
      this.start[b] = sum;
      sum += c;
    }
    const filterBits = Math.max(10, Math.min(26, Math.ceil(Math.log2(Math.max(1, at * 8)))));
    this.filterShift = 32 - filterBits;
    this.filter = new Uint32Array(1 << (filterBits - 5));
    for (let i = 0; i < at; i++) {
      const f = filterSlot(Math.floor(this.entries[i]! / ID_SPACE), this.filterShift);
      this.filter[f >>> 5]! |= 1 << (f & 31);
    }
  }

  /**
   * Ids of keys that share a deletion entry with `query` or with one of its deletions up to
   * `queryDeletions` letters (1 or 2), each once, in the order the probes first meet them. Every
   * key within one edit is found; with 2, so is every key that the query contains with up to two
   * extra letters, or with one extra letter and one changed. The hashes are those of
   * `forEachDeletionHash`, computed inline into reused buffers (no closure, no Set per query).
   */
  candidates(query: string, queryDeletions: 1 | 2): number[] {
    const out: number[] = [];
    const n = query.length;
    if (scratch.prefix.length < n + 1) scratch = { prefix: new Int32Array(2 * n + 2), pow: new Int32Array(2 * n + 2) };
    const { prefix, pow } = scratch;
    prefix[0] = 0;
    pow[0] = 1;
    for (let i = 0; i < n; i++) {
      prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + query.charCodeAt(i)) | 0;
      pow[i + 1] = Math.imul(pow[i]!, BASE);
    }
    // A new stamp per query marks the ids already added (the array is the group's, reused).
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    this.probe(prefix[n]! >>> 0, out);
    for (let p = 1; p < n; p++) {
      const head = prefix[p]!;
      // Hash of query[p+1..n).
      const tail = (prefix[n]! - Math.imul(prefix[p + 1]!, pow[n - p - 1]!)) | 0;
      this.probe(((Math.imul(head, pow[n - 1 - p]!) + tail) | 0) >>> 0, out);
      if (queryDeletions === 1) continue;
      for (let q = p + 1; q < n; q++) {
        const mid = (Math.imul(head, pow[q - p - 1]!) + ((prefix[q]! - Math.imul(prefix[p + 1]!, pow[q - p - 1]!)) | 0)) | 0;
        const rest = (prefix[n]! - Math.imul(prefix[q + 1]!, pow[n - q - 1]!)) | 0;
        this.probe(((Math.imul(mid, pow[n - 1 - q]!) + rest) | 0) >>> 0, out);
      }
    }
    return out;
  }

  /** Key `id`. */
  key(id: number): string {
    return this.group.text.slice(this.group.keyStart[id], this.group.keyStart[id + 1]);
  }

  /** Whether key `id` is `s` (no string made). */
  keyIs(id: number, s: string): boolean {
    const from = this.group.keyStart[id]!;
    return this.group.keyStart[id + 1]! - from === s.length && this.group.text.startsWith(s, from);
  }

  /** Refs of key `id` (a new array; [] for a first-word marker). */
  refs(id: number): number[] {
    return Array.from(this.group.refs.subarray(this.group.refStart[id], this.group.refStart[id + 1]));
  }

  /** Ids of the keys that start with `prefix` (keys are sorted: one binary search, then a run). */
  startingWith(prefix: string): number[] {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keyBelow(mid, prefix)) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    const { text, keyStart } = this.group;
    for (let i = lo; i < this.size && keyStart[i + 1]! - keyStart[i]! >= prefix.length && text.startsWith(prefix, keyStart[i]); i++) out.push(i);
    return out;
  }

  /** Whether key `id` < `s` in code-unit order (as `<` on strings). */
  private keyBelow(id: number, s: string): boolean {
    const { text, keyStart } = this.group;
    const from = keyStart[id]!;
    const n = keyStart[id + 1]! - from;
    for (let i = 0; i < n && i < s.length; i++) {
      const d = text.charCodeAt(from + i) - s.charCodeAt(i);
      if (d !== 0) return d < 0;
    }
    return n < s.length;
  }

  /** Adds the ids stored under hash `h` that this query has not added yet. */
  private probe(h: number, out: number[]): void {
    const f = filterSlot(h, this.filterShift);
    if ((this.filter[f >>> 5]! & (1 << (f & 31))) === 0) return;
    const lo = h * ID_SPACE;
    const hi = lo + ID_SPACE;
    const e = this.entries;
    const b = h >>> this.shift;
    for (let i = this.start[b]!, end = this.start[b + 1]!; i < end; i++) {
      const v = e[i]!;
      if (v >= hi) break;
      if (v >= lo) {
        const id = v - lo;
        if (this.seen[id] !== this.stamp) {
          this.seen[id] = this.stamp;
          out.push(id);
        }
      }
    }
  }
}
