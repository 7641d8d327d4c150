/**
 * The knowledge base: every entity by id, card views, popup search and stats. Pure: the
 * background and the CLI both construct it from the parsed dataset JSON (`loadKnowledgeBase`).
 */
import type { DatasetManifest, DatasetSearch } from '../data/dataset';
import type { EntityRecord, LocalizedText, PersonRecord } from '../data/types';
import type { EntityView, SearchHit } from '../data/views';
import { type Searcher, SearcherBuilder } from '../search/search';
import { countryHeads, type Head, orgHeads, regionHeads } from './heads';
import { subtitle } from './subtitle';
import { buildView } from './view';
import { idLookup, recordsOf } from '../data/lazy-records';

export interface KnowledgeStats {
  version: string;
  total: number;
  byType: Record<string, number>;
  byKind: Record<string, number>;
}

export class KnowledgeBase {
  readonly version: string;
  private byIdLookup: ((id: string) => EntityRecord | undefined) | undefined;
  private headsMap: Map<string, Head[]> | undefined;
  private searcher: Searcher | undefined;
  /** The search index while `prepareStep` builds it, a slice per call. */
  private searchBuild: SearcherBuilder | undefined;

  /** `records` in canonical dataset order (the ordinals the search index uses). */
  constructor(
    readonly records: readonly EntityRecord[],
    private readonly searchData: DatasetSearch,
    readonly manifest: DatasetManifest,
    /** The recognizer's compiled match index, passed through untouched. */
    readonly matchIndex?: unknown,
  ) {
    // Nothing else here: annotation needs none of the maps below, so they wait for a card,
    // a search or `prepare` (the background calls it when idle).
    this.version = manifest.version;
  }

  /** Builds the id map, heads and search index now, one step per call (false when all done). */
  prepareStep(): boolean {
    if (!this.byIdLookup) void this.byId;
    else if (!this.headsMap) void this.headsById;
    else if (!this.searcher) {
      this.searchBuild ??= new SearcherBuilder(this.records, this.searchData);
      if (!this.searchBuild.step()) this.prepareSearch();
    } else return false;
    return true;
  }

  private get byId(): (id: string) => EntityRecord | undefined {
    return (this.byIdLookup ??= idLookup(this.records));
  }

  private get headsById(): Map<string, Head[]> {
    if (this.headsMap) return this.headsMap;
    // The people and the countries only: reading every record would unpack every place.
    const people = recordsOf(this.records, 'people') as PersonRecord[];
    const map = new Map([...orgHeads(people), ...regionHeads(people)]);
    for (const r of recordsOf(this.records, 'countries')) {
      if (r.type !== 'LOC') continue;
      const heads = [...countryHeads(people, r.country, 'head-of-state'), ...countryHeads(people, r.country, 'head-of-government')];
      if (heads.length > 0) map.set(r.id, heads);
    }
    this.headsMap = map;
    return map;
  }

  /** The record with this id, if any. */
  get(id: string): EntityRecord | undefined {
    return this.byId(id);
  }

  /** Current heads (people and their role) of a country, region or organization. */
  heads(id: string): Head[] {
    return this.headsById.get(id) ?? [];
  }

  /** Everything a card needs for `id`, or undefined for an unknown id. */
  view(id: string): EntityView | undefined {
    const rec = this.byId(id);
    return rec ? buildView(rec, this) : undefined;
  }

  /**
   * Builds the search index now (about 0.5 s on the full dataset, what `prepareStep` has not
   * already built) instead of on the first keystroke.
   */
  prepareSearch(): void {
    if (this.searcher) return;
    this.searcher = (this.searchBuild ?? new SearcherBuilder(this.records, this.searchData)).result();
    this.searchBuild = undefined;
    // Every fuzzy shard too: parsing one on its first keystroke cost a frame or two. And the id
    // map and hit views the first result list needs (15 ms on the first one-letter keystroke).
    this.searcher.warm();
    this.search('а', 10);
  }

  /** Popup search: ranked hits for a query in any case form or script. */
  search(query: string, limit = 10): SearchHit[] {
    // Built on first use so a background that never searches never pays for it.
    this.prepareSearch();
    const searcher = this.searcher!;
    const countryName = (iso: string): LocalizedText | undefined => this.byId(`country:${iso}`)?.name;
    return searcher.search(query, limit).map((h) => {
      const rec = this.records[h.entity]!;
      const hit: SearchHit = { id: rec.id, type: rec.type, name: rec.name, subtitle: subtitle(rec, countryName), score: Math.round(h.score * 1000) / 1000 };
      const flag = this.byId(`country:${rec.country ?? ''}`);
      if (flag?.type === 'LOC' && flag.country_facts) hit.flag = flag.country_facts.flag;
      if (!Object.values(rec.name).some((n) => n.toLowerCase() === h.key)) hit.matched = h.key;
      return hit;
    });
  }

  /** Counts per type and per kind (place kinds, org kinds). */
  stats(): KnowledgeStats {
    const byType: Record<string, number> = {};
    const byKind: Record<string, number> = {};
    for (const r of this.records) {
      byType[r.type] = (byType[r.type] ?? 0) + 1;
      if (r.type !== 'PER') byKind[`${r.type}:${r.kind}`] = (byKind[`${r.type}:${r.kind}`] ?? 0) + 1;
    }
    return { version: this.version, total: this.records.length, byType, byKind };
  }
}
