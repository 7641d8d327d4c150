/**
 * Loads the bundled dataset and builds the knowledge base and recognizer once per background
 * lifetime, on the first request that needs them (nothing heavy happens at extension start-up).
 */
import { browser } from 'wxt/browser';
import type { AnnotatedChunk, DatasetInfo, TextChunk } from '@/lib/messaging/protocol';
import type { EntityView, SearchHit } from '@/lib/data/views';
import type { TextLang } from '@/lib/match/types';
import { DATASET_FILES, type DatasetFiles } from '@/lib/data/dataset';
import { loadKnowledgeBase } from '@/lib/data/load';
import { type Recognizer, createRecognizer, recordNames, resolveLang } from '@/lib/match/recognizer';
import type { KnowledgeBase } from '@/lib/knowledge/knowledge-base';
import type { CompiledMatchIndex } from '@/lib/match/index-format';
import { mergeHits, mergeMentions } from '@/lib/custom/merge';
import { currentCustomLayer, loadCustomLayer } from './custom';

export interface KnowledgeService {
  annotate(chunks: TextChunk[], lang: TextLang | 'auto'): { chunks: AnnotatedChunk[]; lang: TextLang };
  view(id: string): EntityView | null;
  search(query: string, limit: number): SearchHit[];
  info(): DatasetInfo;
  /** Runs the idle warm-up (fuzzy index, id map, heads, search index) now, without its delay. */
  warmNow(): void;
}

let loading: Promise<KnowledgeService> | null = null;

export function getKnowledge(): Promise<KnowledgeService> {
  loading ??= load().catch((error: unknown) => {
    loading = null; // let the next request retry
    throw error;
  });
  return loading;
}

async function fetchJson<T>(name: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(`/dataset/${name}` as '/dataset/manifest.json'));
  if (!response.ok) throw new Error(`Dataset file ${name}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function load(): Promise<KnowledgeService> {
  const [manifest, entities, search, match] = await Promise.all([
    fetchJson<DatasetFiles['manifest']>(DATASET_FILES.manifest),
    fetchJson<DatasetFiles['entities']>(DATASET_FILES.entities),
    fetchJson<DatasetFiles['search']>(DATASET_FILES.search),
    fetchJson<CompiledMatchIndex>(DATASET_FILES.match),
    loadCustomLayer(),
  ]);
  const kb = loadKnowledgeBase({ manifest, entities, search });
  // Ids and names come from the knowledge base's records (the index's ordinal order).
  const recognizer = createRecognizer(match, recordNames(kb.records));
  const warmer = createWarmer(kb, recognizer);
  // For the e2e tests and the page bench: when the dataset became ready in this background.
  performance.mark('kontext:dataset-ready');
  return {
    annotate(chunks, requested) {
      const texts = chunks.map((c) => c.text);
      const lang = resolveLang(texts, requested);
      const results = recognizer.recognizeDocument(texts, { lang });
      // The user's own entities: a second, small recognizer; its links win on equal spans.
      const custom = currentCustomLayer().recognize(texts, lang);
      return { lang, chunks: chunks.map((c, i) => ({ id: c.id, mentions: mergeMentions(results[i] ?? [], custom[i] ?? []) })) };
    },
    view: (id) => currentCustomLayer().view(id, kb) ?? kb.view(id) ?? null,
    search: (query, limit) => mergeHits(kb.search(query, limit), currentCustomLayer().search(query, limit, kb), limit),
    warmNow: () => warmer.now(),
    info: () => ({
      version: kb.version,
      counts: manifest.counts,
      sources: manifest.sources.map((s) => ({ name: s.name, licence: s.licence, url: s.url })),
    }),
  };
}

/** Warming starts after the request that loaded the dataset has been answered. */
const WARM_DELAY_MS = 500;
/** Between warm-up steps, so requests that arrive meanwhile are served between them. */
const WARM_STEP_GAP_MS = 50;

/**
 * Builds, one step per task, what the first fuzzy match, card and keystroke would otherwise wait
 * for: the recognizer's fuzzy index, then the knowledge base's id map, heads and search index
 * (itself in slices). It starts when idle after the first request, or at once (`now`, with no
 * gaps) when a search box opens and a keystroke is about to need it.
 */
function createWarmer(kb: KnowledgeBase, recognizer: Recognizer): { now(): void } {
  let fuzzyWarm = false;
  let searchReady = false;
  let gap = WARM_STEP_GAP_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    timer = undefined;
    if (!fuzzyWarm) {
      recognizer.warm();
      fuzzyWarm = true;
    } else if (!kb.prepareStep()) {
      if (!searchReady) performance.mark('kontext:search-ready');
      searchReady = true;
      return;
    }
    timer = setTimeout(step, gap);
  };
  timer = setTimeout(step, WARM_DELAY_MS);
  return {
    now() {
      if (searchReady) return;
      gap = 0;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(step, 0);
    },
  };
}
