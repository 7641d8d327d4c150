/**
 * Loads the bundled dataset and builds the knowledge base once per background lifetime, on the
 * first request that needs it (nothing heavy happens at extension start-up).
 */
import type { TextChunk, AnnotatedChunk, DatasetInfo } from '@/lib/messaging/protocol';
import type { EntityView, SearchHit } from '@/lib/data/views';
import type { TextLang } from '@/lib/match/types';

export interface KnowledgeService {
  annotate(chunks: TextChunk[], lang: TextLang | 'auto'): { chunks: AnnotatedChunk[]; lang: TextLang };
  view(id: string): EntityView | null;
  search(query: string, limit: number): SearchHit[];
  info(): DatasetInfo;
}

let loading: Promise<KnowledgeService> | null = null;

export function getKnowledge(): Promise<KnowledgeService> {
  loading ??= load().catch((error: unknown) => {
    loading = null; // let the next request retry
    throw error;
  });
  return loading;
}

async function load(): Promise<KnowledgeService> {
  throw new Error('Dataset not built yet');
}
