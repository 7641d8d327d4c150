/**
 * Reading history and related articles in the background: records article pages the reader
 * visits (never in private windows, never when history is off), answers related-article queries,
 * and exports, imports and clears the store. Feed messages are passed on to `feeds.ts`.
 */
import { RELATED_REQUEST_TYPES, type PageContext, type Request, type ResponseMap } from '@/lib/messaging/protocol';
import type { SenderInfo } from '@/lib/messaging/sender';
import { isArticlePage } from '@/lib/related/article-page';
import { rankForArticle, rankForEntity } from '@/lib/related/ranking';
import { normalizeUrl, siteOf } from '@/lib/related/url';
import { parseImport, serializeExport } from '@/lib/related/transfer';
import {
  allArticles,
  articlesMentioning,
  clearArticles,
  countArticles,
  documentFrequencies,
  mergeArticles,
  StoreError,
  upsertArticles,
} from '@/lib/related/store/articles';
import { historyProblem, preferences } from '@/lib/storage/settings';
import { getRelatedDb } from './related-db';
import { loadPageContext } from './page-contexts';
import { handleFeedRequest, isFeedRequest } from './feeds';

/** Related articles shown per card or panel unless asked otherwise. */
const DEFAULT_LIMIT = 8;

export type RelatedRequest = Extract<Request, { type: (typeof RELATED_REQUEST_TYPES)[number] }>;

/** Whether a request belongs to related articles, history or feeds (routed to `handleRelated`). */
export function isRelatedRequest(request: Request): request is RelatedRequest {
  return (RELATED_REQUEST_TYPES as readonly string[]).includes(request.type);
}

/** Answers one related-articles, history or feed request. */
export async function handleRelated(request: RelatedRequest): Promise<ResponseMap[RelatedRequest['type']]> {
  if (isFeedRequest(request)) return handleFeedRequest(request);
  const db = await getRelatedDb();
  switch (request.type) {
    case 'any→bg:related-for-entity': {
      const candidates = await articlesMentioning(db, [request.entityId]);
      const excludeUrl = request.excludeUrl ? normalizeUrl(request.excludeUrl) : null;
      return { articles: rankForEntity(request.entityId, candidates, { now: Date.now(), limit: request.limit ?? DEFAULT_LIMIT, excludeUrl }) };
    }
    case 'ui→bg:related-for-tab': {
      const context = await loadPageContext(request.tabId);
      const ids = [...new Set((context?.entities ?? []).flatMap((e) => (e.entityId ? [e.entityId] : [])))];
      if (!context || !ids.length) return { articles: [] };
      const [candidates, df] = await Promise.all([articlesMentioning(db, ids), documentFrequencies(db, ids)]);
      const options = { now: Date.now(), limit: request.limit ?? DEFAULT_LIMIT, excludeUrl: normalizeUrl(context.url) };
      return { articles: rankForArticle(ids, candidates, df, options) };
    }
    case 'ui→bg:history-info':
      return { count: await countArticles(db), problem: await historyProblem.getValue() };
    case 'ui→bg:history-clear':
      await clearArticles(db);
      await historyProblem.setValue(null);
      return { ok: true };
    case 'ui→bg:history-export': {
      const articles = await allArticles(db);
      return { json: serializeExport(articles, Date.now()), count: articles.length };
    }
    case 'ui→bg:history-import': {
      const parsed = parseImport(request.json);
      if (!parsed.ok) return parsed;
      try {
        return { ok: true, ...(await mergeArticles(db, parsed.articles)) };
      } catch (error) {
        return { ok: false, reason: error instanceof StoreError && error.code === 'quota' ? 'quota' : String(error) };
      }
    }
  }
}

/**
 * Remembers the page a tab reported, when it is an article, history is on and the tab is not in a
 * private window. Failures are kept for the options page; reading never breaks because of them.
 */
export async function recordVisit(context: Omit<PageContext, 'tabId'>, sender: SenderInfo): Promise<void> {
  // `incognito` is on every real sender's tab; the shared SenderInfo type leaves it out.
  if ((sender.tab as { incognito?: boolean } | undefined)?.incognito !== false) return;
  const url = normalizeUrl(context.url);
  if (!url || !context.article || !isArticlePage(url, context.article)) return;
  if (!(await preferences.getValue()).historyEnabled) return;
  try {
    const db = await getRelatedDb();
    await upsertArticles(
      db,
      [
        {
          url,
          title: context.article.headline || context.title,
          site: siteOf(url),
          published: context.published,
          excerpt: context.article.excerpt,
          source: 'history',
          entities: context.entities,
        },
      ],
      Date.now(),
    );
  } catch (error) {
    await historyProblem.setValue({ code: error instanceof StoreError ? error.code : 'failed', at: Date.now() });
  }
}
