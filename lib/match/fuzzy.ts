/**
 * Fuzzy matching (fuse.js) for near misses and transliteration variants of people, organizations,
 * countries and regions (Gojković / Gojkovic / Гойкович, Tokayev / Токаев). Keys are compared as
 * Latin skeletons, so Cyrillic and Latin spellings meet. Cities are left out: thousands of short
 * town names would turn ordinary typos into false places.
 */
import Fuse from 'fuse.js';
import { latinSkeleton } from '../text/translit';
import { REF_ABBR, refEntity, refFlags } from './index-format';
import type { RuntimeIndex } from './runtime-index';

interface Entry {
  skeleton: string;
  refs: number[];
}

/** fuse.js score threshold (0 = exact); 0.25 admits one or two letters off in a surname. */
const THRESHOLD = 0.25;
const MIN_LENGTH = 5;

export class FuzzyMatcher {
  private byInitial: Map<string, Fuse<Entry>> | null = null;
  private readonly cache = new Map<string, number[]>();

  constructor(
    private readonly index: RuntimeIndex,
    private readonly keys: () => Iterable<[string, readonly number[]]>,
  ) {}

  /** Refs of the best fuzzy key for a folded query (one or two words), or [] when none is close. */
  match(query: string): number[] {
    if (query.length < MIN_LENGTH) return [];
    const hit = this.cache.get(query);
    if (hit) return hit;
    const sk = latinSkeleton(query);
    const fuse = this.buckets().get(sk.charAt(0));
    let out: number[] = [];
    if (fuse) {
      // fuse.js ranks; an edit-distance bound then keeps only true near misses («Казахмыс» is not
      // «Казахстан»): one edit in short names, two in longer ones.
      const maxEdits = sk.length <= 7 ? 1 : 2;
      // A key that is a prefix of the query is a derivation, not a typo ("Serbian", «Каспии»).
      const best = fuse
        .search(sk, { limit: 5 })
        .find((r) => (r.score ?? 1) <= THRESHOLD && !sk.startsWith(r.item.skeleton.slice(0, -1)) && editDistance(r.item.skeleton, sk) <= maxEdits);
      if (best) out = best.item.refs;
    }
    this.cache.set(query, out);
    return out;
  }

  private buckets(): Map<string, Fuse<Entry>> {
    if (this.byInitial) return this.byInitial;
    const lists = new Map<string, Map<string, number[]>>();
    for (const [key, refs] of this.keys()) {
      const keep = refs.filter((r) => {
        const kind = this.index.kind(refEntity(r));
        return !(refFlags(r) & REF_ABBR) && kind !== 'city' && kind !== 'city-base';
      });
      if (keep.length === 0 || key.length < MIN_LENGTH) continue;
      const sk = latinSkeleton(key);
      const bucket = lists.get(sk.charAt(0)) ?? new Map<string, number[]>();
      lists.set(sk.charAt(0), bucket);
      bucket.set(sk, [...(bucket.get(sk) ?? []), ...keep]);
    }
    this.byInitial = new Map();
    for (const [initial, m] of lists) {
      const entries = [...m].map(([skeleton, refs]) => ({ skeleton, refs }));
      this.byInitial.set(initial, new Fuse(entries, { keys: ['skeleton'], includeScore: true, threshold: THRESHOLD, ignoreDiacritics: false }));
    }
    return this.byInitial;
  }
}

/** Levenshtein distance (small strings only). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
