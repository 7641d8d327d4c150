/**
 * Fuzzy matching for near misses and transliteration variants of people, organizations, countries
 * and regions (Gojković / Gojkovic / Гойкович, Tokayev / Тоқаев). Keys are compared as Latin
 * skeletons, so Cyrillic and Latin spellings meet. Cities are left out (see `fuzzy-keys.ts`).
 *
 * Three steps per query: a deletion index proposes the few keys that can be within the edit cap
 * (hash probes, microseconds), a bounded edit distance keeps the true near misses, and fuse.js
 * ranks what is left (a Fuse over a handful of strings is cheap; over a whole first-letter group
 * of 1,200–5,200 keys it was 90% of annotation time).
 */
import Fuse from 'fuse.js';
import { latinSkeleton } from '../text/translit';
import { boundedLevenshtein } from './edit-distance';
import { DeletionIndex } from './fuzzy-index';
import { decodePacked, fuzzyGroups } from './fuzzy-keys';
import { type CompiledMatchIndex, refEntity } from './index-format';

interface Entry {
  skeleton: string;
  refs: number[];
}

/** fuse.js score threshold (0 = exact); 0.25 admits one or two letters off in a surname. */
const THRESHOLD = 0.25;
const MIN_LENGTH = 5;
/** Longer skeletons may be two edits off; shorter ones one («Казахмыс» is not «Казахстан»). */
const ONE_EDIT_MAX_LENGTH = 7;
const FUSE_OPTIONS = { keys: ['skeleton'], includeScore: true, threshold: THRESHOLD, ignoreDiacritics: false };
const NO_ENTITIES: ReadonlySet<number> = new Set();
/** Distinct queries remembered; names repeat within and across articles. */
const CACHE_LIMIT = 50_000;

/**
 * Each index's decoded and indexed groups, shared by every matcher over that index object: they
 * depend on it alone (a deletion index keeps no answers, only the keys' hashes and per-query
 * scratch), and at ~7 MB of typed arrays per index they were rebuilt by each new recognizer over
 * the same dataset (tests and the bench make many). Only the answer cache is each matcher's own.
 */
const groupsByIndex = new WeakMap<CompiledMatchIndex, Map<string, DeletionIndex | null>>();

export class FuzzyMatcher {
  private encoded: Map<string, string> | null = null;
  private readonly groups: Map<string, DeletionIndex | null>;
  private readonly cache = new Map<string, number[]>();

  constructor(private readonly index: CompiledMatchIndex) {
    let groups = groupsByIndex.get(index);
    if (!groups) groupsByIndex.set(index, (groups = new Map()));
    this.groups = groups;
  }

  /** Refs of the best fuzzy key for a folded query (one or two words), or [] when none is close. */
  match(query: string): number[] {
    if (query.length < MIN_LENGTH) return [];
    const hit = this.cache.get(query);
    if (hit) return hit;
    const out = this.search(latinSkeleton(query));
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(query, out);
    return out;
  }

  /**
   * Decodes and indexes every first-letter group now (the background calls this when idle after
   * its first request), so no later query pays for a group.
   */
  warm(): void {
    for (const letter of this.encodedGroups().keys()) this.group(letter);
  }

  private search(sk: string): number[] {
    // Before `warm`, a query builds only its own letter's group: the first page after the
    // background starts waited ~55 ms for all 24 groups, where it needs a few of them.
    const idx = this.group(sk.charAt(0));
    if (!idx) return [];
    const queryEdits = editCap(sk.length);
    const ids = idx.candidates(sk, queryEdits);
    // Most queries have no candidate at all: nothing below could find one.
    if (ids.length === 0) return [];
    // The same skeleton in another script or spelling (Gojkovic / Гойкович) is the name itself.
    const same = ids.find((id) => idx.keyIs(id, sk));
    if (same !== undefined) return idx.refs(same);
    // A word the dataset spells this way at the start of longer names ("National Bank") is not a
    // typo of some other name; it may still be a variant of one of those names (Informburo.kz).
    const longer = idx.startingWith(sk + ' ');
    const known = longer.length > 0 ? new Set(longer.flatMap((id) => idx.refs(id).map(refEntity))) : NO_ENTITIES;
    const near: Entry[] = [];
    for (const id of ids) {
      const skeleton = idx.key(id);
      const refs = idx.refs(id);
      if (longer.length > 0 && !refs.some((r) => known.has(refEntity(r)))) continue;
      // A key that is a prefix of the query is a derivation, not a typo ("Serbian", «Каспии»).
      if (sk.startsWith(skeleton.slice(0, -1))) continue;
      // The cap follows the shorter spelling: "Minister" is not two edits from «Мюнстер».
      const maxEdits = Math.min(queryEdits, editCap(skeleton.length));
      if (boundedLevenshtein(skeleton, sk, maxEdits) <= maxEdits) near.push({ skeleton, refs });
    }
    if (near.length === 0) return [];
    near.sort((a, b) => (a.skeleton < b.skeleton ? -1 : 1)); // deterministic ties in fuse's ranking
    const best = new Fuse(near, FUSE_OPTIONS).search(sk, { limit: 5 }).find((r) => (r.score ?? 1) <= THRESHOLD);
    return best ? best.item.refs : [];
  }

  private encodedGroups(): Map<string, string> {
    this.encoded ??= fuzzyGroups(this.index);
    return this.encoded;
  }

  private group(letter: string): DeletionIndex | null {
    let idx = this.groups.get(letter);
    if (idx === undefined) {
      const encoded = this.encodedGroups().get(letter);
      idx = encoded === undefined ? null : new DeletionIndex(decodePacked(encoded));
      this.groups.set(letter, idx);
    }
    return idx;
  }
}

/** Edits allowed for a skeleton of this length. */
function editCap(length: number): 1 | 2 {
  return length <= ONE_EDIT_MAX_LENGTH ? 1 : 2;
}
