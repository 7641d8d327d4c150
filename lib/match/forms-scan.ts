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

/**
 * Lines after the head that a block may hold for the line index (the encoder writes 15: BLOCK in
 * forms-table.ts is 16); a block with more is scanned without it.
 */
const LINES_PER_BLOCK = 15;
const NOT_YET = -1;
const UNINDEXED = -2;

/** Bits of a triple run's length (the block index is above them). */
const RUN_BITS = 10;
const RUN_MASK = (1 << RUN_BITS) - 1;
/** A triple whose run is too long to state (searched by its first two units instead). */
const SATURATED = -1;

/**
 * The first four of `n` code units as one number that orders like them (a missing unit counts as
 * 0, below every unit a key holds, as a shorter string sorts first); -1 when one is 128 or more.
 */
function quadOf(units: Uint16Array, n: number): number {
  let q = 0;
  for (let i = 0; i < 4; i++) {
    const c = i < n ? units[i]! : 0;
    if (c >= 128) return -1;
    q = (q << 7) | c;
  }
  return q;
}

/** One number for three code units below 128, -1 when one is not. */
function tripleOf(c0: number, c1: number, c2: number): number {
  return c0 < 128 && c1 < 128 && c2 < 128 ? (c0 << 14) | (c1 << 7) | c2 : -1;
}

/** Two code units below 128 each. */
const PAIRS = 128 * 128;

/** Twice a head's (first, second) code unit pair, for the directory (see `pairStart`). */
function pairRank(block: string, headLength: number): number {
  if (headLength === 0) return -1;
  const c0 = block.charCodeAt(0);
  if (c0 >= 128) return 2 * PAIRS + 1;
  if (headLength === 1) return 2 * c0 * 128 - 1;
  const c1 = block.charCodeAt(1);
  return c1 >= 128 ? 2 * (c0 * 128 + 127) + 1 : 2 * (c0 * 128 + c1);
}

export class BlockCursor {
  /** Length of the common prefix of the query and the key found. */
  lcp = 0;
  /** Length of the key found. */
  keyLength = 0;
  private block = '';
  private blockIndex = 0;
  /** Offset of the found line's refs in `block`. */
  private refsAt = 0;
  /** The found key's code units from `suffixFrom` on are stored in `block` from `suffixAt`. */
  private suffixAt = 0;
  private suffixFrom = 0;
  /** The block the last seek searched (`lastHeadAtMost`'s answer), -1 before any. */
  private lastHead = -1;
  /** Each head's first four code units packed by `quadOf` (-1: one is 128 or more). */
  private readonly headQuad: Int32Array;
  /** Length of each block's head (its first key, written in full at the block's start). */
  private readonly headLength: Int32Array;
  /** The query's stored code units (compacted once per seek, not once per comparison). */
  private codes = new Uint16Array(64);
  private queryLength = 0;
  /** The query's first four units packed by `quadOf`, set once per seek. */
  private queryQuad = -1;
  /**
   * For a query whose first two code units are below 128 (nearly every key: compact Russian and
   * Latin), pairStart[c0 * 128 + c1] counts the heads that sort below every key starting with
   * (c0, c1): the binary search then runs over the few blocks sharing those two letters instead
   * of all ~7k heads. A head of one letter sorts before its letter's pairs, one whose second
   * code unit is 128 or more after them.
   */
  private readonly pairStart = new Int32Array(PAIRS + 1);
  /**
   * For each first three code units (each below 128) that some head starts with: the first such
   * block (high bits) and how many follow (low RUN_BITS). Most lookups then binary-search a few
   * blocks instead of every block sharing two letters.
   */
  private readonly tripleRun = new Map<number, number>();
  /** For three first units no head starts with: the last head below them (see `lastHeadAtMost`). */
  private readonly tripleAnswer = new Map<number, number>();
  /** Line starts of block b at b * LINES_PER_BLOCK (see `lineStarts`); lineCount[b] < 0: not yet. */
  private readonly lineStart: Uint16Array;
  /** Where each of those lines' key ends (its field separator), beside `lineStart`. */
  private readonly lineBar: Uint16Array;
  private readonly lineCount: Int8Array;

  constructor(private readonly blocks: readonly string[]) {
    this.lineStart = new Uint16Array(blocks.length * LINES_PER_BLOCK);
    this.lineBar = new Uint16Array(blocks.length * LINES_PER_BLOCK);
    this.lineCount = new Int8Array(blocks.length).fill(NOT_YET);
    // Heads are compared in place in their blocks: no string per head.
    this.headLength = new Int32Array(blocks.length);
    for (let b = 0; b < blocks.length; b++) this.headLength[b] = blocks[b]!.indexOf(FIELD_SEP);
    this.headQuad = new Int32Array(blocks.length);
    const units = new Uint16Array(4);
    for (let b = 0; b < blocks.length; b++) {
      const n = Math.min(4, this.headLength[b]!);
      for (let i = 0; i < n; i++) units[i] = blocks[b]!.charCodeAt(i);
      this.headQuad[b] = quadOf(units, n);
    }
    // Heads are sorted, so heads sharing their first three units are one run of blocks.
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      const t = this.headLength[b]! >= 3 ? tripleOf(block.charCodeAt(0), block.charCodeAt(1), block.charCodeAt(2)) : -1;
      if (t < 0) continue;
      const run = this.tripleRun.get(t);
      if (run === undefined) this.tripleRun.set(t, (b << RUN_BITS) | 1);
      else if ((run & RUN_MASK) < RUN_MASK) this.tripleRun.set(t, run + 1);
    }
    // A run as long as its length field can say may be longer: left to the two-unit directory.
    for (const [t, run] of this.tripleRun) if ((run & RUN_MASK) === RUN_MASK) this.tripleRun.set(t, SATURATED);
    // Heads are sorted, so their pair ranks (twice the pair, minus one for a lone letter, plus
    // one past 127) never decrease: one pass fills every count.
    let b = 0;
    for (let k = 0; k <= PAIRS; k++) {
      while (b < blocks.length && pairRank(blocks[b]!, this.headLength[b]!) < 2 * k) b++;
      this.pairStart[k] = b;
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
    this.queryQuad = quadOf(this.codes, n);
    // A word's readings (its form, each lemma, then the same with a next word) fall in one block
    // far more often than not: the last seek's block is tried before the head search.
    const b = this.headAtMostIs(this.lastHead) ? this.lastHead : this.lastHeadAtMost();
    this.lastHead = b;
    if (b < 0) return this.headOf(0);
    if (this.scanBlock(b)) return true;
    return b + 1 < this.blocks.length && this.headOf(b + 1);
  }

  /** The found key's refs, as stored. */
  refs(): string {
    const end = this.block.indexOf(LINE_SEP, this.refsAt);
    return this.block.slice(this.refsAt, end < 0 ? this.block.length : end);
  }

  /** Code unit `i` of the found key, for `i` at or past `lcp` and below `keyLength`. */
  codeAt(i: number): number {
    return this.block.charCodeAt(this.suffixAt + i - this.suffixFrom);
  }

  /**
   * Whether the key after the found one starts with the found key and a space: with the found key
   * equal to the query, that is "some key continues the query with another word" (a space sorts
   * below every other code unit a key holds, so such keys come right after it). Reads one line
   * start or one block head; no seek.
   */
  nextContinuesFound(): boolean {
    const n = this.keyLength;
    const end = this.block.indexOf(LINE_SEP, this.refsAt);
    if (end >= 0) {
      const p = this.block.charCodeAt(end + 1) - 48;
      // A capped prefix length cannot tell: ask the slow way (keys of 70+ letters are rare).
      if (p >= MAX_PREFIX) return this.seek(this.query(), 32) && this.lcp === n + 1;
      return p === n && this.block.charCodeAt(end + 2) === 32;
    }
    const next = this.blocks[this.blockIndex + 1];
    if (next === undefined || this.headLength[this.blockIndex + 1]! <= n || next.charCodeAt(n) !== 32) return false;
    for (let i = 0; i < n; i++) if (next.charCodeAt(i) !== this.codes[i]) return false;
    return true;
  }

  /** The current query as the stored code units (only for the rare capped-prefix case). */
  private query(): string {
    return String.fromCharCode(...this.codes.subarray(0, this.queryLength));
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

  /** Whether block b's head ≤ query < the next block's head (so b is what `lastHeadAtMost` finds). */
  private headAtMostIs(b: number): boolean {
    if (b < 0) return false;
    if (!this.headAtMost(b)) return false;
    return b + 1 >= this.blocks.length || !this.headAtMost(b + 1);
  }

  /** Whether block b's head ≤ query. */
  private headAtMost(b: number): boolean {
    const q = this.queryQuad;
    const h = this.headQuad[b]!;
    if (q >= 0 && h >= 0 && h !== q) return h < q;
    const length = this.headLength[b]!;
    const d = this.compare(this.blocks[b]!, 0, length, 0);
    return d < 0 || (d === 0 && length === this.queryLength);
  }

  /** Index of the last block whose head ≤ query (-1 when the first head is greater). */
  private lastHeadAtMost(): number {
    let lo = -1;
    let hi = this.blocks.length - 1;
    // Code units every head in the search range shares with the query (compared from there on).
    let shared = 0;
    const triple = this.queryLength >= 3 ? tripleOf(this.codes[0]!, this.codes[1]!, this.codes[2]!) : -1;
    const run = triple >= 0 ? this.tripleRun.get(triple) : undefined;
    if (run !== undefined && run !== SATURATED) {
      // Every head before the run is below the query, every head after it above: the answer is
      // the block before the run or one in it, and those in it share the query's first three units.
      lo = (run >>> RUN_BITS) - 1;
      hi = lo + (run & RUN_MASK);
      shared = 3;
    } else if (triple >= 0 && run === undefined) {
      // No head starts with these three units: every head is below or above all such queries
      // alike, so the answer depends on the three units only, and is kept.
      const known = this.tripleAnswer.get(triple);
      if (known !== undefined) return known;
      const b = this.searchHeads(this.pairStart[this.codes[0]! * 128 + this.codes[1]!]! - 1, this.pairStart[this.codes[0]! * 128 + this.codes[1]! + 1]! - 1, this.codes[1]! < 127 ? 2 : 0);
      this.tripleAnswer.set(triple, b);
      return b;
    } else if (this.queryLength >= 2 && this.codes[0]! < 128 && this.codes[1]! < 128) {
      // Heads ranked below the query's pair are smaller than it; those ranked above, greater.
      const k = this.codes[0]! * 128 + this.codes[1]!;
      lo = this.pairStart[k]! - 1;
      hi = this.pairStart[k + 1]! - 1;
      // The heads left all start with the query's pair, except with a second unit of 127, whose
      // range also holds the heads ranked past 127 (see pairRank).
      if (this.codes[1]! < 127) shared = 2;
    }
    return this.searchHeads(lo, hi, shared);
  }

  /** Binary search for the last head ≤ query among blocks (lo, hi], all sharing `shared` units with it. */
  private searchHeads(lo: number, hi: number, shared: number): number {
    const q = this.queryQuad;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      // The first four units decide most comparisons from a small array, without reading the
      // head's block (a cache miss each); only equal or unpackable ones are compared in full.
      const h = this.headQuad[mid]!;
      if (q >= 0 && h >= 0 && h !== q) {
        if (h < q) lo = mid;
        else hi = mid - 1;
        continue;
      }
      const length = this.headLength[mid]!;
      const d = this.compare(this.blocks[mid]!, shared, length, shared);
      if (d < 0 || (d === 0 && length === this.queryLength)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Selects block b's head as the answer (every key before it is smaller than the query). */
  private headOf(b: number): boolean {
    if (b >= this.blocks.length) return false;
    const block = this.blocks[b]!;
    const length = this.headLength[b]!;
    this.compare(block, 0, length, 0);
    this.select(b, length, length + 1, 0, 0);
    return true;
  }

  private select(b: number, keyLength: number, refsAt: number, suffixAt: number, suffixFrom: number): void {
    this.blockIndex = b;
    this.block = this.blocks[b]!;
    this.keyLength = keyLength;
    this.refsAt = refsAt;
    this.suffixAt = suffixAt;
    this.suffixFrom = suffixFrom;
  }

  /**
   * Where block b's lines after its head start (each at its prefix-length char), found once per
   * block on its first scan: later scans read one char per line they pass instead of searching
   * for each line's end.
   */
  private lineStarts(b: number): number {
    let n = this.lineCount[b]!;
    if (n < 0) {
      const block = this.blocks[b]!;
      n = 0;
      const base = b * LINES_PER_BLOCK;
      for (let i = block.indexOf(LINE_SEP); i >= 0; i = block.indexOf(LINE_SEP, i + 1)) {
        // A block longer than the encoder writes (or past 16-bit offsets): scan it the slow way.
        if (n === LINES_PER_BLOCK || i + 1 > 0xffff) return (this.lineCount[b] = UNINDEXED);
        // Where the line's key ends (the field separator after its prefix-length char).
        const bar = block.indexOf(FIELD_SEP, i + 2);
        if (bar > 0xffff) return (this.lineCount[b] = UNINDEXED);
        this.lineStart[base + n] = i + 1;
        this.lineBar[base + n++] = bar;
      }
      this.lineCount[b] = n;
    }
    return n;
  }

  /** Scans block b (its head ≤ query) for the first key ≥ query; false when all are smaller. */
  private scanBlock(b: number): boolean {
    const block = this.blocks[b]!;
    let bar = this.headLength[b]!;
    if (this.compare(block, 0, bar, 0) >= 0) {
      this.select(b, bar, bar + 1, 0, 0);
      return true;
    }
    // lcp of the previous key (smaller than the query) and the query.
    let e = this.lcp;
    const lines = this.lineStarts(b);
    const base = b * LINES_PER_BLOCK;
    // Where to look for the next line separator (keys hold none, so from inside the last line).
    let from = bar + 1;
    for (let k = 0; ; k++) {
      let at: number;
      if (lines === UNINDEXED) {
        const lineEnd = block.indexOf(LINE_SEP, from);
        if (lineEnd < 0) return false;
        at = lineEnd + 1;
      } else {
        if (k === lines) return false;
        at = this.lineStart[base + k]!;
      }
      const p = block.charCodeAt(at) - 48;
      from = at + 1;
      // Shares more with the previous key than the query does: below the query, as that key was
      // (and its end need not be found).
      if (p > e) continue;
      bar = lines === UNINDEXED ? block.indexOf(FIELD_SEP, at + 1) : this.lineBar[base + k]!;
      from = bar + 1;
      const keyLength = p + bar - at - 1;
      if (p < e && p < MAX_PREFIX) {
        // Leaves the previous key (equal to the query up to e) earlier and upwards: above the query.
        this.lcp = p;
        this.select(b, keyLength, bar + 1, at + 1, p);
        return true;
      }
      // p === e, or a capped prefix length (the true one may be longer): compare the suffix.
      if (this.compare(block, at + 1, bar, p) >= 0) {
        this.select(b, keyLength, bar + 1, at + 1, p);
        return true;
      }
      e = this.lcp;
    }
  }
}
