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
import { BlockCursor, FIELD_SEP, LINE_SEP, MAX_PREFIX } from './forms-scan';

/** Lines per block: a lookup scans at most this many lines. */
export const BLOCK = 16;
/** Between blocks: loading splits only here, so it makes ~7k strings, not 110k. */
const BLOCK_SEP = '!';
/** Distinct queries remembered per table before the caches start over. */
const CACHE_LIMIT = 50_000;

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

export class FormsTable {
  private readonly blocks: string[];
  private readonly cursor: BlockCursor;
  private readonly cache = new Map<string, readonly number[]>();
  /** `continues(key)` answers, keyed by the key without its trailing space (no concatenation). */
  private readonly continueCache = new Map<string, boolean>();
  private readonly prefixCache = new Map<string, boolean>();

  constructor(encoded: string) {
    this.blocks = encoded === '' ? [] : encoded.split(BLOCK_SEP);
    this.cursor = new BlockCursor(this.blocks);
  }

  /** Packed refs under `key` (empty when absent). Results are cached: names repeat in a text. */
  get(key: string): readonly number[] {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const c = this.cursor;
    const found = c.seek(key, -1);
    const refs = found && c.lcp === key.length && c.keyLength === key.length ? parseRefs(c.refs()) : EMPTY;
    if (this.cache.size > CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, refs);
    // The first key ≥ `key` does not start with it: no key does (they would all sort between), so
    // the continuation test of `key` is answered by this seek too.
    if (!found || c.lcp < key.length) this.noKeyStartsWith(key);
    return refs;
  }

  /** True when some key starts with `prefix` (used to extend multi-word matches). */
  hasPrefix(prefix: string): boolean {
    const hit = this.prefixCache.get(prefix);
    if (hit !== undefined) return hit;
    const has = this.cursor.seek(prefix, -1) && this.cursor.lcp === prefix.length;
    if (this.prefixCache.size > CACHE_LIMIT) this.prefixCache.clear();
    this.prefixCache.set(prefix, has);
    return has;
  }

  /** True when some key continues `key` with a space and another word: `hasPrefix(key + ' ')`. */
  continues(key: string): boolean {
    const hit = this.continueCache.get(key);
    if (hit !== undefined) return hit;
    const has = this.cursor.seek(key, 32 /* ' ' */) && this.cursor.lcp === key.length + 1;
    if (this.continueCache.size > CACHE_LIMIT) this.continueCache.clear();
    this.continueCache.set(key, has);
    return has;
  }

  /**
   * Records that no key starts with `s`, so `s` continues none. (The continuation test is the one
   * asked next about a key that missed: a phrase walk extends the keys it looked up.)
   */
  private noKeyStartsWith(s: string): void {
    if (this.continueCache.size > CACHE_LIMIT) this.continueCache.clear();
    this.continueCache.set(s, false);
  }

  /** Every key with its refs (for building the fuzzy index once). */
  *entries(): Iterable<[string, readonly number[]]> {
    for (const block of this.blocks) {
      let key = '';
      for (const [i, line] of block.split(LINE_SEP).entries()) {
        const bar = line.indexOf(FIELD_SEP);
        key = i === 0 ? line.slice(0, bar) : key.slice(0, line.charCodeAt(0) - 48) + line.slice(1, bar);
        yield [expandKey(key), parseRefs(line.slice(bar + 1))];
      }
    }
  }
}

const EMPTY: readonly number[] = [];

function parseRefs(s: string): number[] {
  return s.split(',').map((x) => parseInt(x, 36));
}
