/**
 * The forms table: every folded form key with its packed refs, stored as one string of sorted
 * lines with front coding in blocks («block heads» are written in full). Loading is one native
 * `split` into blocks (~7k); a lookup is a binary search over the block heads and a short scan
 * inside one block. About 40% smaller than a JSON object of the same keys, and there is no per-key
 * work at load.
 *
 * Line format: head `key|refs`, others `<c>suffix|refs` where `c` is the shared-prefix length
 * as the char code `48 + n`; refs are packed refs in base 36 joined by ','. Lines are joined by
 * '~' and blocks by '!'. No separator can occur in a key, and unlike '\t' and '\n' none is
 * escaped in JSON (two bytes each on 110k lines). Keys are stored compact: see `compactKey`.
 */
import { compactKey, expandKey } from './compact-key';

/** Lines per block: a lookup scans at most this many lines. */
export const BLOCK = 16;
const MAX_PREFIX = 70;
/** Between a key and its refs. */
const FIELD_SEP = '|';
/** Between lines. Outside the prefix-length range ('0'..'v'), so never a line's first char. */
const LINE_SEP = '~';
/** Between blocks: loading splits only here, so it makes ~7k strings, not 110k. */
const BLOCK_SEP = '!';

/** Encodes a key → refs map as the table string (deterministic: keys sorted by code unit). */
export function encodeForms(forms: ReadonlyMap<string, readonly number[]>): string {
  // Sorted by the stored (compact) key: lookups compact the query and search the stored order.
  const rows = [...forms].map(([key, refs]) => [compactKey(key), refs] as const);
  rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let out = '';
  let prev = '';
  rows.forEach(([key, refList], i) => {
    const refs = refList.map((r) => r.toString(36)).join(',');
    if (i % BLOCK === 0) out += (i > 0 ? BLOCK_SEP : '') + key + FIELD_SEP + refs;
    else {
      let p = 0;
      while (p < key.length && p < prev.length && p < MAX_PREFIX && key.charCodeAt(p) === prev.charCodeAt(p)) p++;
      out += LINE_SEP + String.fromCharCode(48 + p) + key.slice(p) + FIELD_SEP + refs;
    }
    prev = key;
  });
  return out;
}

interface Row {
  key: string;
  refs: string;
}

export class FormsTable {
  private readonly blocks: string[];
  private readonly heads: string[];
  private readonly cache = new Map<string, readonly number[]>();
  private readonly prefixCache = new Map<string, boolean>();

  constructor(encoded: string) {
    this.blocks = encoded === '' ? [] : encoded.split(BLOCK_SEP);
    this.heads = this.blocks.map((b) => b.slice(0, b.indexOf(FIELD_SEP)));
  }

  /** Packed refs under `key` (empty when absent). Results are cached: names repeat in a text. */
  get(key: string): readonly number[] {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const stored = compactKey(key);
    const found = this.scan(stored);
    const refs = found && found.key === stored ? parseRefs(found.refs) : EMPTY;
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(key, refs);
    return refs;
  }

  /** True when some key starts with `prefix` (used to extend multi-word matches). */
  hasPrefix(prefix: string): boolean {
    const hit = this.prefixCache.get(prefix);
    if (hit !== undefined) return hit;
    const stored = compactKey(prefix);
    const found = this.scan(stored);
    const has = found !== null && found.key.startsWith(stored);
    if (this.prefixCache.size > 50_000) this.prefixCache.clear();
    this.prefixCache.set(prefix, has);
    return has;
  }

  /** Every key with its refs (for building the fuzzy index once). */
  *entries(): Iterable<[string, readonly number[]]> {
    for (const block of this.blocks) for (const row of rows(block)) yield [expandKey(row.key), parseRefs(row.refs)];
  }

  /** The first stored key ≥ `key`, with its refs, or null when every key is smaller. */
  private scan(key: string): Row | null {
    let lo = 0;
    let hi = this.heads.length - 1;
    if (hi < 0) return null;
    // Last block whose head ≤ key.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.heads[mid]! <= key) lo = mid;
      else hi = mid - 1;
    }
    for (const row of rows(this.blocks[lo]!)) if (row.key >= key) return row;
    // Everything in that block is smaller: the answer is the next block's head, if any.
    const next = this.blocks[lo + 1];
    return next === undefined ? null : rows(next).next().value ?? null;
  }
}

/** The rows of one block, keys decoded from front coding. */
function* rows(block: string): Generator<Row, void> {
  let key = '';
  let at = 0;
  for (let first = true; at <= block.length; first = false) {
    let end = block.indexOf(LINE_SEP, at);
    if (end < 0) end = block.length;
    const tab = block.indexOf(FIELD_SEP, at);
    key = first ? block.slice(at, tab) : key.slice(0, block.charCodeAt(at) - 48) + block.slice(at + 1, tab);
    yield { key, refs: block.slice(tab + 1, end) };
    at = end + 1;
  }
}

const EMPTY: readonly number[] = [];

function parseRefs(s: string): number[] {
  return s.split(',').map((x) => parseInt(x, 36));
}
