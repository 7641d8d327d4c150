/**
 * The user's own entities as a small second knowledge layer beside the bundled dataset: its own
 * match index (compiled with the same `compileMatchIndex`, so inflected forms are found exactly
 * like bundled names), its own search index, and card views resolved against both layers.
 */
import type { EntityRecord, LocalizedText } from '../data/types';
import type { EntityView, SearchHit } from '../data/views';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { subtitle } from '../knowledge/subtitle';
import { buildView } from '../knowledge/view';
import { compileMatchIndex } from '../match/compile';
import { createRecognizer, type Recognizer, recordNames } from '../match/recognizer';
import type { Mention, TextLang } from '../match/types';
import { buildFuzzyIndex } from '../search/fuzzy';
import { type Searcher, buildSearcher } from '../search/search';
import { type CustomEntity, toEntityRecord } from './entity';

/** The parts of the bundled knowledge base a custom layer reads. */
export type BundledKnowledge = Pick<KnowledgeBase, 'get' | 'heads' | 'version'>;

export interface CustomLayer {
  readonly size: number;
  get(id: string): EntityRecord | undefined;
  /** Mentions of custom entities per chunk (empty lists when there are none). */
  recognize(chunks: readonly string[], lang: TextLang): Mention[][];
  view(id: string, bundled: BundledKnowledge): EntityView | undefined;
  search(query: string, limit: number, bundled: BundledKnowledge): SearchHit[];
}

/** Builds the layer; the match and search indexes are compiled on first use, not here. */
export function createCustomLayer(entities: readonly CustomEntity[]): CustomLayer {
  const records = entities.map(toEntityRecord);
  const byId = new Map(records.map((r) => [r.id, r]));
  let recognizer: Recognizer | undefined;
  let searcher: Searcher | undefined;
  return {
    size: records.length,
    get: (id) => byId.get(id),
    recognize(chunks, lang) {
      if (records.length === 0) return chunks.map(() => []);
      recognizer ??= createRecognizer(compileMatchIndex(records), recordNames(records));
      return recognizer.recognizeDocument(chunks, { lang });
    },
    view(id, bundled) {
      const rec = byId.get(id);
      if (!rec) return undefined;
      // Refs resolve in both layers: a user's person usually belongs to a bundled country.
      const ctx = { get: (ref: string) => byId.get(ref) ?? bundled.get(ref), heads: (ref: string) => bundled.heads(ref), version: bundled.version };
      return { ...buildView(rec, ctx), origin: 'user' };
    },
    search(query, limit, bundled) {
      if (records.length === 0) return [];
      searcher ??= buildSearcher(records, buildFuzzyIndex(records));
      const countryName = (iso: string): LocalizedText | undefined => bundled.get(`country:${iso}`)?.name;
      return searcher.search(query, limit).map((h) => {
        const rec = records[h.entity]!;
        const hit: SearchHit = { id: rec.id, type: rec.type, name: rec.name, subtitle: subtitle(rec, countryName), score: Math.round(h.score * 1000) / 1000, origin: 'user' };
        const country = bundled.get(`country:${rec.country ?? ''}`);
        if (country?.type === 'LOC' && country.country_facts) hit.flag = country.country_facts.flag;
        if (!Object.values(rec.name).some((n) => n.toLowerCase() === h.key)) hit.matched = h.key;
        return hit;
      });
    },
  };
}
