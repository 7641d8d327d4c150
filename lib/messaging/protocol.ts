/**
 * The one message protocol between Kontext's contexts. Every request is a member of a
 * discriminated union keyed by `type`; `ResponseOf<R>` gives the response type for a request.
 * Direction is in the name: `content→bg`, `ui→bg`, `bg→content`.
 */
import type { EntityType } from '../data/types';
import type { Mention, TextLang } from '../match/types';
import type { EntityView, SearchHit } from '../data/views';
import type { ArticleSignals, RelatedArticleView } from '../related/types';
import type { FeedState } from '../related/feeds';
import type { ImportProblem } from '../custom/problems';

/** A chunk of page text with an id chosen by the content script. */
export interface TextChunk {
  id: number;
  text: string;
}

export interface AnnotatedChunk {
  id: number;
  mentions: Mention[];
}

/** What the side panel shows for a tab: aggregated from the content script's mentions. */
export interface PageEntity {
  /** entity id, or `unknown:<TYPE>:<name>` for names not in the dataset. */
  key: string;
  entityId: string | null;
  type: EntityType;
  name: string;
  count: number;
  /** Roles the article gives this entity (people). */
  roles: string[];
  /** Salience in [0,1]: mentions, position of the first mention, role. */
  salience: number;
}

export interface PageContext {
  tabId: number;
  url: string;
  title: string;
  published?: string;
  lang: TextLang;
  entities: PageEntity[];
  updatedAt: number;
  /** What the page looks like (for reading history: only article pages are remembered). */
  article?: ArticleSignals;
}

export type Request =
  /**
   * A page Kontext will annotate has started loading (sent at document_start, no page text): load
   * the dataset now, while the page loads, rather than when its text arrives.
   */
  | { type: 'content→bg:prepare' }
  | { type: 'content→bg:annotate'; chunks: TextChunk[]; lang?: TextLang | 'auto' }
  | { type: 'content→bg:page-context'; context: Omit<PageContext, 'tabId'> }
  | { type: 'any→bg:entity'; id: string }
  | { type: 'any→bg:search'; query: string; limit?: number }
  /** Related articles for an entity (hover card); `excludeUrl` is the page being read. */
  | { type: 'any→bg:related-for-entity'; entityId: string; excludeUrl?: string; limit?: number }
  /** Related articles for the article open in a tab (side panel). */
  | { type: 'ui→bg:related-for-tab'; tabId: number; limit?: number }
  | { type: 'ui→bg:history-info' }
  | { type: 'ui→bg:history-clear' }
  | { type: 'ui→bg:history-export' }
  | { type: 'ui→bg:history-import'; json: string }
  | { type: 'ui→bg:feeds' }
  | { type: 'ui→bg:feed-subscribe'; url: string; title?: string }
  | { type: 'ui→bg:feed-unsubscribe'; url: string }
  /** Poll every subscribed feed now (options "Check now"; e2e tests, which cannot wait for the alarm). */
  | { type: 'ui→bg:feeds-poll' }
  | { type: 'ui→bg:page-context'; tabId: number }
  | { type: 'ui→bg:dataset-info' }
  /** A search box opened (popup, side panel): build the search index now, before the first keystroke. */
  | { type: 'ui→bg:prepare-search' }
  /** Look a name up in the side panel, exactly as the "Look up in Kontext" context menu does. */
  | { type: 'ui→bg:lookup'; query: string; tabId?: number }
  /** Import a CSV/JSON file of the user's own entities: all rows valid, or nothing changes. */
  | { type: 'ui→bg:custom-import'; text: string; format: 'csv' | 'json' }
  /** Add or edit one custom entity from the options form (raw field values, validated like a file row). */
  | { type: 'ui→bg:custom-save'; values: Record<string, unknown>; replaceId?: string }
  | { type: 'ui→bg:custom-delete'; ids: string[] };

export interface DatasetInfo {
  version: string;
  counts: Record<string, number>;
  sources: { name: string; licence: string; url?: string }[];
}

export interface ResponseMap {
  'content→bg:prepare': { ok: true };
  'content→bg:annotate': { chunks: AnnotatedChunk[]; lang: TextLang };
  'content→bg:page-context': { ok: true };
  'any→bg:entity': { entity: EntityView | null };
  'any→bg:search': { hits: SearchHit[] };
  'any→bg:related-for-entity': { articles: RelatedArticleView[] };
  'ui→bg:related-for-tab': { articles: RelatedArticleView[] };
  'ui→bg:history-info': { count: number; problem: { code: string; at: number } | null };
  'ui→bg:history-clear': { ok: true };
  'ui→bg:history-export': { json: string; count: number };
  'ui→bg:history-import': { ok: true; added: number; updated: number; unchanged: number } | { ok: false; reason: string };
  'ui→bg:feeds': { feeds: FeedState[] };
  'ui→bg:feed-subscribe': { feeds: FeedState[] };
  'ui→bg:feed-unsubscribe': { feeds: FeedState[] };
  'ui→bg:feeds-poll': { feeds: FeedState[] };
  'ui→bg:page-context': { context: PageContext | null };
  'ui→bg:dataset-info': DatasetInfo;
  'ui→bg:prepare-search': { ok: true };
  'ui→bg:lookup': { ok: true };
  'ui→bg:custom-import': CustomWriteResult & { added?: number; updated?: number };
  'ui→bg:custom-save': CustomWriteResult & { id?: string };
  'ui→bg:custom-delete': { ok: true; total: number };
}

/** Outcome of a write to the user's entities: `problems` (with row numbers) when rejected. */
export type CustomWriteResult = { ok: true; total: number } | { ok: false; problems: ImportProblem[] };

export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
export type ResponseOf<T extends RequestType> = ResponseMap[T];

/** Messages the background (or UI) sends to a tab's content script. */
export type TabRequest =
  | { type: 'bg→content:jump'; key: string; index?: number }
  | { type: 'bg→content:set-filter'; hidden: EntityType[] }
  | { type: 'bg→content:get-context' };

export interface TabResponseMap {
  'bg→content:jump': { ok: boolean; count: number; index: number };
  'bg→content:set-filter': { ok: true };
  'bg→content:get-context': { context: Omit<PageContext, 'tabId'> | null };
}

/** Requests about related articles, history and feeds: the background routes them to one handler. */
export const RELATED_REQUEST_TYPES = [
  'any→bg:related-for-entity',
  'ui→bg:related-for-tab',
  'ui→bg:history-info',
  'ui→bg:history-clear',
  'ui→bg:history-export',
  'ui→bg:history-import',
  'ui→bg:feeds',
  'ui→bg:feed-subscribe',
  'ui→bg:feed-unsubscribe',
  'ui→bg:feeds-poll',
] as const satisfies readonly RequestType[];

const REQUEST_TYPES: ReadonlySet<string> = new Set<RequestType>([
  'content→bg:prepare',
  'content→bg:annotate',
  'content→bg:page-context',
  'any→bg:entity',
  'any→bg:search',
  ...RELATED_REQUEST_TYPES,
  'ui→bg:page-context',
  'ui→bg:dataset-info',
  'ui→bg:prepare-search',
  'ui→bg:lookup',
  'ui→bg:custom-import',
  'ui→bg:custom-save',
  'ui→bg:custom-delete',
]);

/** Runtime guard: messages arrive as `unknown`. */
export function isRequest(value: unknown): value is Request {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    REQUEST_TYPES.has((value as { type: string }).type)
  );
}

/** Broadcasts from the background to open extension pages (popup, side panel); no reply expected. */
export type UiBroadcast = { type: 'bg→ui:page-context-changed'; tabId: number };

/** Runtime guard for broadcasts, which arrive as `unknown` like every message. */
export function isUiBroadcast(value: unknown): value is UiBroadcast {
  const v = value as { type?: unknown; tabId?: unknown } | null;
  return typeof v === 'object' && v !== null && v.type === 'bg→ui:page-context-changed' && typeof v.tabId === 'number';
}
