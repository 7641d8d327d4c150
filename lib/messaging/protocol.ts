/**
 * The one message protocol between Kontext's contexts. Every request is a member of a
 * discriminated union keyed by `type`; `ResponseOf<R>` gives the response type for a request.
 * Direction is in the name: `content→bg`, `ui→bg`, `bg→content`.
 */
import type { EntityType } from '../data/types';
import type { Mention, TextLang } from '../match/types';
import type { EntityView, SearchHit } from '../data/views';

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
}

export type Request =
  | { type: 'content→bg:annotate'; chunks: TextChunk[]; lang?: TextLang | 'auto' }
  | { type: 'content→bg:page-context'; context: Omit<PageContext, 'tabId'> }
  | { type: 'any→bg:entity'; id: string }
  | { type: 'any→bg:search'; query: string; limit?: number }
  | { type: 'ui→bg:page-context'; tabId: number }
  | { type: 'ui→bg:dataset-info' }
  /** Look a name up in the side panel, exactly as the "Look up in Kontext" context menu does. */
  | { type: 'ui→bg:lookup'; query: string; tabId?: number };

export interface DatasetInfo {
  version: string;
  counts: Record<string, number>;
  sources: { name: string; licence: string; url?: string }[];
}

export interface ResponseMap {
  'content→bg:annotate': { chunks: AnnotatedChunk[]; lang: TextLang };
  'content→bg:page-context': { ok: true };
  'any→bg:entity': { entity: EntityView | null };
  'any→bg:search': { hits: SearchHit[] };
  'ui→bg:page-context': { context: PageContext | null };
  'ui→bg:dataset-info': DatasetInfo;
  'ui→bg:lookup': { ok: true };
}

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

const REQUEST_TYPES: ReadonlySet<string> = new Set<RequestType>([
  'content→bg:annotate',
  'content→bg:page-context',
  'any→bg:entity',
  'any→bg:search',
  'ui→bg:page-context',
  'ui→bg:dataset-info',
  'ui→bg:lookup',
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
