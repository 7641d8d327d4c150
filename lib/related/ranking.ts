/**
 * Ranking of related articles, pure: the store hands in candidate records and counts, these
 * functions order them. Nothing here touches storage or the network.
 */
import type { StoredArticle, RelatedArticleView } from './types';

/** After this many days an article's recency weight has halved. */
export const RECENCY_HALF_LIFE_DAYS = 30;
const DAY_MS = 86_400_000;

/** Recency in (0, 1]: 1 for now (or the future), halving every `RECENCY_HALF_LIFE_DAYS`. */
export function recency(time: number, now: number): number {
  const ageDays = Math.max(0, now - time) / DAY_MS;
  return Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
}

/**
 * How central an entity is to an article, in (0, 1]: its share of the article's known mentions,
 * blended with how close it comes to the most-mentioned entity (so a lead figure of a long
 * article is not diluted by many side mentions). 0 when the article does not mention it.
 */
export function centrality(article: StoredArticle, entityId: string): number {
  const entity = article.entities.find((e) => e.id === entityId);
  if (!entity || entity.count <= 0) return 0;
  let total = 0;
  let top = 0;
  for (const e of article.entities) {
    total += e.count;
    top = Math.max(top, e.count);
  }
  return 0.5 * (entity.count / total) + 0.5 * (entity.count / top);
}

/** Options shared by both rankings. */
export interface RankOptions {
  now: number;
  limit: number;
  /** Normalized URL of the page being read: never its own related article. */
  excludeUrl?: string | null;
}

/** Articles mentioning `entityId`, most central and most recent first. */
export function rankForEntity(entityId: string, candidates: readonly StoredArticle[], options: RankOptions): RelatedArticleView[] {
  const scored: RelatedArticleView[] = [];
  for (const article of candidates) {
    if (article.url === options.excludeUrl) continue;
    const c = centrality(article, entityId);
    if (c === 0) continue;
    // Centrality leads; recency decides among similarly central articles and lifts fresh news.
    const score = 0.65 * c + 0.35 * recency(article.time, options.now);
    const name = article.entities.find((e) => e.id === entityId)?.name ?? entityId;
    scored.push(toView(article, [name], score));
  }
  return top(scored, options.limit);
}

/** Document frequencies: how many stored articles mention each entity, and how many there are. */
export interface DocumentFrequencies {
  total: number;
  of(entityId: string): number;
}

/** Inverse document frequency: rare entities weigh more than ones that appear everywhere. */
export function idf(entityId: string, df: DocumentFrequencies): number {
  const n = Math.max(df.total, 1);
  return Math.log(1 + n / Math.max(df.of(entityId), 1));
}

/**
 * Other articles sharing entities with the current one, weighted by how rare each shared
 * entity is (IDF), then by recency.
 */
export function rankForArticle(
  entityIds: readonly string[],
  candidates: readonly StoredArticle[],
  df: DocumentFrequencies,
  options: RankOptions,
): RelatedArticleView[] {
  const wanted = new Map(entityIds.map((id) => [id, idf(id, df)]));
  const scored: RelatedArticleView[] = [];
  for (const article of candidates) {
    if (article.url === options.excludeUrl) continue;
    const shared = article.entities
      .filter((e) => wanted.has(e.id))
      .map((e) => ({ name: e.name, weight: wanted.get(e.id) ?? 0 }))
      .sort((a, b) => b.weight - a.weight);
    if (!shared.length) continue;
    const overlap = shared.reduce((sum, e) => sum + e.weight, 0);
    // Recency only breaks near-ties: up to 10% of the overlap score.
    const score = overlap * (0.9 + 0.1 * recency(article.time, options.now));
    scored.push(toView(article, shared.map((e) => e.name), score));
  }
  return top(scored, options.limit);
}

function toView(article: StoredArticle, shared: string[], score: number): RelatedArticleView {
  return {
    url: article.url,
    title: article.title,
    site: article.site,
    date: article.published ?? new Date(article.firstSeen).toISOString(),
    excerpt: article.excerpt,
    source: article.source,
    shared,
    score: Math.round(score * 10_000) / 10_000,
  };
}

function top(views: RelatedArticleView[], limit: number): RelatedArticleView[] {
  return views.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.url.localeCompare(b.url)).slice(0, limit);
}
