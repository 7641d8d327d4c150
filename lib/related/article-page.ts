/**
 * Decides whether a page is an article worth remembering: enough running text plus an article
 * element or article metadata. Search results, home pages and section fronts are not articles.
 */
import type { ArticleSignals } from './types';

/** Below this much text a page is a teaser, a gallery or a stub, not an article. */
export const MIN_ARTICLE_CHARS = 600;
/** Articles are written in paragraphs; link lists and search results are not. */
export const MIN_LONG_PARAGRAPHS = 2;

// Paths and parameters of search pages and listing pages on news sites.
const SEARCH_PATH = /(^|\/)(search|poisk|find|tag|tags|category|rubric|rubrika|page)(\/|$)/i;
const SEARCH_PARAMS = ['q', 'query', 'text', 'search', 's'];

/** Whether the URL looks like a search, a tag listing or a site's front page. */
export function isListingUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return true;
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '' || /^\/(index\.(html?|php))?$/i.test(path)) return true;
  if (SEARCH_PATH.test(path)) return true;
  return SEARCH_PARAMS.some((p) => url.searchParams.has(p));
}

/** Whether a page with these signals at this URL is an article. */
export function isArticlePage(url: string, signals: ArticleSignals): boolean {
  if (isListingUrl(url)) return false;
  if (signals.textLength < MIN_ARTICLE_CHARS) return false;
  if (signals.longParagraphs < MIN_LONG_PARAGRAPHS) return false;
  return signals.hasArticleElement || signals.hasArticleMeta;
}
