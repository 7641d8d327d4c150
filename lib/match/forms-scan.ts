/**
 * Seeking in the forms table without allocating: the first stored key ≥ a query, found by a
 * binary search over block heads and one pass over the block's front-coded lines, comparing the
 * query (compacted one code unit at a time) with the stored bytes in place. Each line's shared
 * prefix length with the line before tells, without reading its suffix, whether it is still below
 * the query: this is what makes a lookup that misses (most of them) cost a few comparisons.
 */
import { compactCode } from './compact-key';

/** Longest shared prefix written (one char code, '0'..'v'). */
export const MAX_PREFIX = 70;
/** Between a key and its refs. */
export const FIELD_SEP = '|';
/** Between lines. Outside the prefix-length range, so never a line's first char. */
export const LINE_SEP = '~';

export class BlockCursor {
  /** Length of the common prefix of the query and the key found. */
  lcp = 0;
  /** Length of the key found. */
  keyLength = 0;
  private block = '';
  /** Offset of the found line's refs in `block`. */
  private refsAt = 0;
  private readonly heads: string[];
  /** The query's stored code units (compacted once per seek, not once per comparison). */
  private codes = new Uint16Array(64);
  private queryLength = 0;
  /**
   * For a head's first code unit c < 128 (nearly every key: compact Russian and Latin), the
   * blocks whose heads start with c are [firstBlock[c], firstBlock[c + 1]): the binary search
   * runs inside that run instead of over all ~7k heads.
   */
  private readonly firstBlock = new Int32Array(129);

  constructor(private readonly blocks: readonly string[]) {
    this.heads = blocks.map((b) => b.slice(0, b.indexOf(FIELD_SEP)));
    // firstBlock[c] = number of heads whose first code unit is < c (heads are sorted).
    let b = 0;
    for (let c = 0; c <= 128; c++) {
      while (b < this.heads.length && this.heads[b]!.charCodeAt(0) < c) b++;
      this.firstBlock[c] = b;
    }
  }

  /**
   * Moves to the first key ≥ `query` (followed by the code unit `tail` unless it is -1, so
   * `key + ' '` needs no string). False when every key is smaller.
   */
  seek(query: string, tail: number): boolean {
    const n = query.length + (tail < 0 ? 0 : 1);
    if (n > this.codes.length) this.codes = new Uint16Array(n * 2);
    for (let i = 0; i < query.length; i++) this.codes[i] = compactCode(query.charCodeAt(i));
    if (tail >= 0) this.codes[query.length] = tail;
    this.queryLength = n;
    const b = this.lastHeadAtMost();
    if (b < 0) return this.headOf(0);
    if (this.scanBlock(b)) return true;
    return b + 1 < this.blocks.length && this.headOf(b + 1);
  }

  /** The found key's refs, as stored. */
  refs(): string {
    const end = this.block.indexOf(LINE_SEP, this.refsAt);
    return this.block.slice(this.refsAt, end < 0 ? this.block.length : end);
  }

  /** Compares `s.slice(from, to)` with the query from position `at`; sets lcp; <0, 0 or >0. */
  private compare(s: string, from: number, to: number, at: number): number {
    let i = from;
    let k = at;
    const n = this.queryLength;
    while (i < to && k < n) {
      const d = s.charCodeAt(i) - this.codes[k]!;
      if (d !== 0) {
        this.lcp = k;
        return d;
      }
      i++;
      k++;
    }
    this.lcp = k;
    // The query is a prefix of the key (or equal): the key is not smaller.
    return k === n ? 0 : -1;
  }

  /** Index of the last block whose head ≤ query (-1 when the first head is greater). */
  private lastHeadAtMost(): number {
    let lo = -1;
    let hi = this.heads.length - 1;
    const c = this.queryLength > 0 ? this.codes[0]! : 0;
    if (c < 128) {
      // Heads starting below c are ≤ the query, those starting above it greater.
      lo = this.firstBlock[c]! - 1;
      hi = this.firstBlock[c + 1]! - 1;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const h = this.heads[mid]!;
      const d = this.compare(h, 0, h.length, 0);
      if (d < 0 || (d === 0 && h.length === this.queryLength)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Selects block b's head as the answer (every key before it is smaller than the query). */
  private headOf(b: number): boolean {
    if (b >= this.blocks.length) return false;
    const h = this.heads[b]!;
    this.compare(h, 0, h.length, 0);
    this.select(this.blocks[b]!, h.length, h.length + 1);
    return true;
  }

  private select(block: string, keyLength: number, refsAt: number): void {
    this.block = block;
    this.keyLength = keyLength;
    this.refsAt = refsAt;
  }

  /** Scans block b (its head ≤ query) for the first key ≥ query; false when all are smaller. */
  private scanBlock(b: number): boolean {
    const block = this.blocks[b]!;
    let bar = this.heads[b]!.length;
    if (this.compare(block, 0, bar, 0) >= 0) {
      this.select(block, bar, bar + 1);
      return true;
    }
    // lcp of the previous key (smaller than the query) and the query.
    let e = this.lcp;
    for (;;) {
      const lineEnd = block.indexOf(LINE_SEP, bar + 1);
      if (lineEnd < 0) return false;
      const at = lineEnd + 1;
      const p = block.charCodeAt(at) - 48;
      bar = block.indexOf(FIELD_SEP, at + 1);
      const keyLength = p + bar - at - 1;
      // Shares more with the previous key than the query does: below the query, as that key was.
      if (p > e) continue;
      if (p < e && p < MAX_PREFIX) {
        // Leaves the previous key (equal to the query up to e) earlier and upwards: above the query.
        this.lcp = p;
        this.select(block, keyLength, bar + 1);
        return true;
      }
      // p === e, or a capped prefix length (the true one may be longer): compare the suffix.
      if (this.compare(block, at + 1, bar, p) >= 0) {
        this.select(block, keyLength, bar + 1);
        return true;
      }
      e = this.lcp;
    }
  }
}
