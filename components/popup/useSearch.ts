/**
 * Search-box state: the query, the hits for the latest query only, the active row, the chosen
 * entity. Queries are sent at most once per frame, and a reply to an outdated query is dropped
 * (one token per query), so fast typing never shows results for text no longer in the box.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntityView, SearchHit } from '@/lib/data/views';
import { sendRequest, type Transport } from '@/lib/messaging/send';
import { cleanQuery, createLatest } from '@/lib/panel/search';

/** Results to show: enough to find a namesake, few enough to fit the popup without scrolling. */
export const SEARCH_LIMIT = 8;

/** Fallback when a hidden page gets no animation frames (rAF pauses there); still under two frames. */
const FRAME_FALLBACK_MS = 32;

export type SearchStatus = 'idle' | 'searching' | 'done' | 'error';

export interface SearchState {
  query: string;
  hits: SearchHit[];
  status: SearchStatus;
  active: number;
  selected: EntityView | null;
  setQuery(query: string): void;
  setActive(index: number): void;
  /** Shows one entity's card (a hit, a recent lookup). Resolves with the view or null. */
  select(id: string): Promise<EntityView | null>;
  /** Runs a query now and selects its first hit: the context-menu lookup. */
  lookUp(query: string): Promise<void>;
}

export function useSearch(send: Transport, onSelected?: (view: EntityView) => void): SearchState {
  const [query, setQueryState] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [active, setActive] = useState(-1);
  const [selected, setSelected] = useState<EntityView | null>(null);
  const queries = useMemo(createLatest, []);
  const selections = useMemo(createLatest, []);
  const cancelFrame = useRef<() => void>(() => undefined);
  useEffect(() => () => cancelFrame.current(), []);
  // The box is open, so a keystroke is coming: the background builds its search index meanwhile.
  useEffect(() => void sendRequest(send, { type: 'ui→bg:prepare-search' }).catch(() => undefined), [send]);

  async function run(raw: string): Promise<SearchHit[]> {
    const token = queries.next();
    const q = cleanQuery(raw);
    if (!q) {
      setHits([]);
      setStatus('idle');
      return [];
    }
    setStatus('searching');
    try {
      const reply = await sendRequest(send, { type: 'any→bg:search', query: q, limit: SEARCH_LIMIT });
      if (!queries.isCurrent(token)) return [];
      setHits(reply.hits);
      setActive(reply.hits.length ? 0 : -1);
      setStatus('done');
      return reply.hits;
    } catch {
      if (queries.isCurrent(token)) setStatus('error');
      return [];
    }
  }

  async function select(id: string): Promise<EntityView | null> {
    const token = selections.next();
    try {
      const { entity } = await sendRequest(send, { type: 'any→bg:entity', id });
      if (!selections.isCurrent(token)) return null;
      setSelected(entity);
      if (entity) onSelected?.(entity);
      return entity;
    } catch {
      return null;
    }
  }

  return {
    query,
    hits,
    status,
    active,
    selected,
    setActive,
    setQuery(next) {
      setQueryState(next);
      selections.next(); // a card still loading is for the old query
      setSelected(null);
      cancelFrame.current();
      cancelFrame.current = nextFrame(() => void run(next));
    },
    select,
    async lookUp(text) {
      cancelFrame.current();
      setQueryState(text);
      setSelected(null);
      const found = await run(text);
      if (found[0]) await select(found[0].id);
    },
  };
}

/** Runs `fn` on the next animation frame (or soon after, if frames are paused); returns a cancel. */
function nextFrame(fn: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    fn();
  };
  const frame = requestAnimationFrame(once);
  const timer = setTimeout(once, FRAME_FALLBACK_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
