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
import { pushBase36List } from './base36-list';
import { compactKey, expandKey } from './compact-key';
import { BlockCursor, FIELD_SEP, LINE_SEP, MAX_PREFIX } from './forms-scan';

/** Lines per block: a lookup scans at most this many lines. */
export const BLOCK = 16;
/** Between blocks: loading splits only here, so it makes ~7k strings, not 110k. */
const BLOCK_SEP = '!';
/** Distinct queries remembered per table before the caches start over. */
const CACHE_LIMIT = 50_000;

/**
 * Encodes a key → refs map as the table string (deterministic: keys sorted by code unit). `block`
 * is for tests: readers accept any block length, the dataset is written with BLOCK.
 */
export function encodeForms(forms: ReadonlyMap<string, readonly number[]>, block = BLOCK): string {
  // Sorted by the stored (compact) key: lookups compact the query and search the stored order.
  const rows = [...forms].map(([key, refs]) => [compactKey(key), refs] as const);
  rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let out = '';
  let prev = '';
  rows.forEach(([key, refList], i) => {
    const refs = refList.map((r) => r.toString(36)).join(',');
    if (i % block === 0) out += (i > 0 ? BLOCK_SEP : '') + key + FIELD_SEP + refs;
    else {
      let p = 0;
      while (p < key.length && p < prev.length && p < MAX_PREFIX && key.charCodeAt(p) === prev.charCodeAt(p)) p++;
      out += LINE_SEP + String.fromCharCode(48 + p) + key.slice(p) + FIELD_SEP + refs;
    }
    prev = key;
  });
  return out;
}

/**
 * Everything one seek tells about a key: its refs, whether some key starts with it, and whether
 * some key continues it with a space and another word. Lookup asks all three about the same keys
 * (a word, then the word as the start of a longer name), so one seek and one cache entry serve them.
 */
export interface Probe {
  refs: readonly number[];
  prefix: boolean;
  continues: boolean;
}

export class FormsTable {
  private readonly blocks: string[];
  private readonly cursor: BlockCursor;
  /** Answers by key; one map rather than one per question, so each key is hashed once. */
  private readonly probes = new Map<string, Probe>();

  constructor(encoded: string) {
    const shared = sharedScan(encoded);
    this.blocks = shared.blocks;
    this.cursor = shared.cursor;
  }

  /** Packed refs under `key` (empty when absent). Results are cached: names repeat in a text. */
  get(key: string): readonly number[] {
    return this.probe(key).refs;
  }

  /** True when some key starts with `prefix` (used to extend multi-word matches). */
  hasPrefix(prefix: string): boolean {
    return this.probe(prefix).prefix;
  }

  /** True when some key continues `key` with a space and another word: `hasPrefix(key + ' ')`. */
  continues(key: string): boolean {
    return this.probe(key).continues;
  }

  /** All three answers about `key` at once (one cache lookup for callers that ask several). */
  probe(key: string): Probe {
    const hit = this.probes.get(key);
    if (hit) return hit;
    const p = this.probeUncached(key);
    if (this.probes.size > CACHE_LIMIT) this.probes.clear();
    this.probes.set(key, p);
    return p;
  }

  /** `probe` without the cache, for callers that keep the answer themselves. */
  probeUncached(key: string): Probe {
    const c = this.cursor;
    const n = key.length;
    let p = NOTHING;
    // The first key ≥ `key`: when it does not start with `key`, no key does (they would sort
    // between), so one seek answers all three questions.
    if (c.seek(key, -1) && c.lcp === n) {
      if (c.keyLength === n) {
        const refs = parseRefs(c.refs());
        p = { refs, prefix: true, continues: c.nextContinuesFound() };
      } else p = c.codeAt(n) === 32 /* ' ' */ ? PREFIX_CONTINUES : PREFIX_ONLY;
    }
    return p;
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

/**
 * The blocks and the cursor over them (with the directories and line index it builds as it goes)
 * depend on the table alone: tables made from the same string share them, so a second recognizer
 * over the same dataset (the bench makes many; the extension one per dataset layer) does not
 * split and index it again. Only the per-table answer cache is the table's own. A few strings are
 * kept (the dataset's and a custom layer's); a new one past that evicts the oldest.
 */
const scans = new Map<string, { blocks: string[]; cursor: BlockCursor }>();
const MAX_SHARED_SCANS = 4;

function sharedScan(encoded: string): { blocks: string[]; cursor: BlockCursor } {
  let scan = scans.get(encoded);
  if (!scan) {
    const blocks = encoded === '' ? [] : encoded.split(BLOCK_SEP);
    scan = { blocks, cursor: new BlockCursor(blocks) };
    if (scans.size >= MAX_SHARED_SCANS) scans.delete(scans.keys().next().value!);
    scans.set(encoded, scan);
  }
  return scan;
}

const EMPTY: readonly number[] = [];
/** The answers for a key that no key starts with. */
export const NOTHING: Probe = { refs: EMPTY, prefix: false, continues: false };
const PREFIX_ONLY: Probe = { refs: EMPTY, prefix: true, continues: false };
const PREFIX_CONTINUES: Probe = { refs: EMPTY, prefix: true, continues: true };

/** Refs as `encodeForms` writes them. */
function parseRefs(s: string): number[] {
  const out: number[] = [];
  pushBase36List(s, 0, s.length, out);
  return out;
}
