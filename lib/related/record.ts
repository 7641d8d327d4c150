/**
 * Builds store records from what the reader saw (a page context) or what a feed said (an item
 * and its mentions). A re-visit updates the existing record instead of adding another.
 */
import type { PageEntity } from '../messaging/protocol';
import type { ArticleEntity, ArticleSource, StoredArticle } from './types';
import { truncate } from './text';

/** Longest excerpt kept: a sentence or two, enough to recognise the article. */
export const EXCERPT_MAX = 280;

/** The parts of a page or feed item a record is made of. */
export interface ArticleInput {
  url: string;
  title: string;
  site: string;
  published?: string;
  excerpt: string;
  source: ArticleSource;
  feedUrl?: string;
  entities: readonly PageEntity[];
}

/** Known entities only: unknown names have no id to look articles up by. */
export function toArticleEntities(entities: readonly PageEntity[]): ArticleEntity[] {
  const out: ArticleEntity[] = [];
  for (const e of entities) if (e.entityId && e.count > 0) out.push({ id: e.entityId, name: e.name, type: e.type, count: e.count });
  return out.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** ISO date from a metadata string, or undefined when it cannot be read. */
export function readDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const time = Date.parse(raw);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/**
 * A record for `input`, merged over `existing` (the same URL seen before): first-seen time is kept,
 * everything else reflects the latest visit. A history visit never turns back into a feed item.
 */
export function buildArticle(input: ArticleInput, now: number, existing?: StoredArticle): StoredArticle {
  // The page itself, as read, says more than its feed teaser: a feed never overwrites history.
  if (existing?.source === 'history' && input.source === 'feed') return existing;
  const entities = toArticleEntities(input.entities);
  const published = readDate(input.published) ?? existing?.published;
  const firstSeen = existing ? Math.min(existing.firstSeen, now) : now;
  const source: ArticleSource = input.source;
  const record: StoredArticle = {
    url: input.url,
    title: truncate(input.title, 300) || existing?.title || input.url,
    site: input.site,
    firstSeen,
    updatedAt: now,
    time: published ? Date.parse(published) : firstSeen,
    excerpt: truncate(input.excerpt, EXCERPT_MAX) || existing?.excerpt || '',
    source,
    entities: entities.length || !existing ? entities : existing.entities,
    entityIds: [],
  };
  if (published) record.published = published;
  const feedUrl = input.feedUrl ?? existing?.feedUrl;
  if (feedUrl) record.feedUrl = feedUrl;
  record.entityIds = record.entities.map((e) => e.id);
  return record;
}
