/**
 * Popup search: exact and prefix lookups on a sorted key array first, then stemmed prefixes for
 * inflected queries, and fuse.js only as the fallback when those find too little.
 * Score = match tier + prominence, so an exact hit always beats a prefix hit, which beats fuzzy.
 */
import type { DatasetSearch } from '../data/dataset';
import type { EntityRecord } from '../data/types';
import { entityKeys, prominence } from './entity-keys';
import { FuzzySearcher } from './fuzzy';
import { isLatin, searchKey } from './keys';
import { PrefixIndex, PrefixIndexRows } from './prefix-index';
import { stemWord } from './stem';
import { BestPerEntity } from './top-k';
import { latinToCyrillic } from './translit';

/** Match tiers; prominence (< 1) is added on top, so tiers never overlap. */
export const TIER = { exact: 5, exactWord: 4, inflected: 4, prefix: 3, wordOfOther: 2.9, stem: 2, fuzzy: 0 } as const;
/** A stem plus at most this many letters reads as the same word inflected («серби|и» ~ «серби|я»). */
const MAX_ENDING = 2;
/** Below this many good (prefix or better) hits we also ask the fuzzy index. */
const FUZZY_WHEN_FEWER_THAN = 3;
const FUZZY_MIN_QUERY = 4;
/**
 * A one-letter query matches thousands of keys; its ranking never changes, so it is computed once
 * (when idle, by `warm`) and kept, and the first keystroke costs a map lookup.
 */
const SHORT_QUERY = 1;
const SHORT_CACHE_SIZE = 50;
const WARM_LETTERS = 'абвгдежзийклмнопрстуфхцчшщэюяabcdefghijklmnopqrstuvwxyz';

export interface RankedHit {
  entity: number;
  score: number;
  /** The key that matched. */
  key: string;
}

/** Records whose keys one build step adds: ~40 ms of a cold background's time each. */
const BUILD_SLICE = 4_000;

/**
 * Builds a `Searcher` a bounded piece at a time, so the background's idle warm-up never holds it
 * for long: keys and prominence for a slice of records per step, then one sort, then the index.
 * Built in one go the full dataset took ~0.6 s in one task, and a card or an annotate request that
 * arrived meanwhile waited for all of it.
 */
export class SearcherBuilder {
  private next = 0;
  private readonly rows = new PrefixIndexRows();
  private readonly prom: Float32Array;
  private readonly isPerson: Uint8Array;
  private sorted: string[] | undefined;
  private built: Searcher | undefined;

  /** `records` in canonical order (the ordinals the fuzzy index refers to). */
  constructor(
    private readonly records: readonly EntityRecord[],
    private readonly search: DatasetSearch,
  ) {
    this.prom = new Float32Array(records.length);
    this.isPerson = new Uint8Array(records.length);
  }

  /** Does the next piece of work; false once the searcher is built (`result`). */
  step(): boolean {
    if (this.built) return false;
    if (this.next < this.records.length) {
      const end = Math.min(this.records.length, this.next + BUILD_SLICE);
      for (let entity = this.next; entity < end; entity++) {
        const r = this.records[entity]!;
        this.rows.add(entity, entityKeys(r));
        this.prom[entity] = prominence(r);
        this.isPerson[entity] = r.type === 'PER' ? 1 : 0;
      }
      this.next = end;
    } else if (!this.sorted) this.sorted = this.rows.sorted();
    else this.built = new Searcher(new PrefixIndex({ sortedRows: this.sorted }), this.prom, this.isPerson, new FuzzySearcher(this.search));
    return true;
  }

  /** The searcher, built now if the steps have not finished. */
  result(): Searcher {
    while (this.step());
    return this.built!;
  }
}

export class Searcher {
  private readonly shortQueries = new Map<string, RankedHit[]>();

  /** Use `buildSearcher` (at once) or `SearcherBuilder` (in steps). */
  constructor(
    private readonly prefix: PrefixIndex,
    private readonly prom: Float32Array,
    private readonly isPerson: Uint8Array,
    private readonly fuzzy: FuzzySearcher,
  ) {}

  /** Parses every fuzzy shard now (when idle), so no keystroke pays for it. */
  warm(): void {
    this.fuzzy.warm();
    for (const letter of WARM_LETTERS) this.search(letter, SHORT_CACHE_SIZE);
  }

  /** Ranked hits for a raw query (any case, script, inflection), best first. */
  search(query: string, limit: number): RankedHit[] {
    const q = searchKey(query);
    if (q.length === 0) return [];
    const short = q.length <= SHORT_QUERY && limit <= SHORT_CACHE_SIZE;
    const cached = short ? this.shortQueries.get(q) : undefined;
    if (cached) return cached.slice(0, limit);
    const hits = this.rank(q, short ? SHORT_CACHE_SIZE : limit);
    if (short) this.shortQueries.set(q, hits);
    return hits.slice(0, limit);
  }

  private rank(q: string, limit: number): RankedHit[] {
    const variants = [q];
    if (isLatin(q)) variants.push(latinToCyrillic(q));
    const best = new BestPerEntity();
    for (const v of variants) this.lookup(v, best);
    for (const v of variants) this.stemLookup(v, best);
    if (best.countAtLeast(TIER.stem) < FUZZY_WHEN_FEWER_THAN && q.length >= FUZZY_MIN_QUERY) {
      // With some good hit already, the query as typed is enough for the fuzzy fallback: a
      // transliterated variant doubles the cost (a frame on "mid rk") for hits ranked below.
      const fuzzyVariants = best.countAtLeast(TIER.stem) > 0 ? [q] : variants;
      for (const v of fuzzyVariants) {
        for (const h of this.fuzzy.search(v, limit)) {
          best.offer(h.entity, TIER.fuzzy + (1 - h.score) + this.prom[h.entity]! * 0.5, h.key);
        }
      }
    }
    return best.top(limit);
  }

  private lookup(q: string, best: BestPerEntity): void {
    this.prefix.forEachPrefix(q, (e) => {
      const exact = e.key.length === q.length;
      let tier: number = exact ? TIER.exact : TIER.prefix - (e.whole ? 0 : 0.5);
      // A family name alone finds its person; a word inside an org or place name is weaker.
      if (exact && !e.whole) tier = this.isPerson[e.entity] ? TIER.exactWord : TIER.wordOfOther;
      best.offer(e.entity, tier + this.prom[e.entity]!, e.key);
    });
  }

  /** Every query word stemmed; a key matches when its words start with the stems in order. */
  private stemLookup(q: string, best: BestPerEntity): void {
    const stems = q.split(' ').map(stemWord);
    if (stems.join(' ') === q) return;
    const first = stems[0]!;
    this.prefix.forEachPrefix(first, (e) => {
      const words = e.key.split(' ');
      if (words.length < stems.length) return;
      for (let i = 1; i < stems.length; i++) if (!words[i]!.startsWith(stems[i]!)) return;
      let same = true;
      for (let i = 0; i < stems.length; i++) if (words[i]!.length - stems[i]!.length > MAX_ENDING) same = false;
      const base = same ? (e.whole ? TIER.inflected : this.isPerson[e.entity] ? TIER.inflected - 0.2 : TIER.wordOfOther - 0.1) : TIER.stem;
      const tier = base - (e.whole ? 0 : 0.5) * (same ? 0 : 1) - (words.length - stems.length) * 0.1;
      best.offer(e.entity, tier + this.prom[e.entity]!, e.key);
    });
  }
}

/** A searcher over `records` (canonical order), built at once. */
export function buildSearcher(records: readonly EntityRecord[], search: DatasetSearch): Searcher {
  return new SearcherBuilder(records, search).result();
}
