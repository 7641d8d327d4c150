/**
 * Reads the article signals from a parsed page. Takes the document and the article root as
 * arguments (no globals), so it runs in the content script and in DOM unit tests alike.
 */
import type { ArticleSignals } from './types';
import { collapse, truncate } from './text';
import { EXCERPT_MAX } from './record';

/** A paragraph this long is running text, not a caption or a link. */
const LONG_PARAGRAPH_CHARS = 80;

const ARTICLE_TYPES = /"@type"\s*:\s*\[?\s*"(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle)"/;

/** What the page looks like, for the background's "is this an article?" decision. */
export function readArticleSignals(doc: Document, root: Element): ArticleSignals {
  const paragraphs = Array.from(root.querySelectorAll('p')).map((p) => collapse(p.textContent ?? ''));
  const long = paragraphs.filter((p) => p.length >= LONG_PARAGRAPH_CHARS);
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || '';
  const description = meta('meta[name="description"]') || meta('meta[property="og:description"]');
  const headline = meta('meta[property="og:title"]') || collapse(root.querySelector('h1')?.textContent ?? doc.querySelector('h1')?.textContent ?? '');
  const signals: ArticleSignals = {
    textLength: collapse(root.textContent ?? '').length,
    longParagraphs: long.length,
    hasArticleElement: doc.querySelector('article, [itemprop="articleBody"]') !== null,
    hasArticleMeta: hasArticleMetadata(doc),
    excerpt: truncate(description || long[0] || '', EXCERPT_MAX),
  };
  if (headline) signals.headline = truncate(headline, 300);
  return signals;
}

function hasArticleMetadata(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"][content="article"], meta[property="article:published_time"]')) return true;
  if (doc.querySelector('[itemtype*="schema.org/NewsArticle"], [itemtype*="schema.org/Article"], [itemtype*="schema.org/BlogPosting"]')) return true;
  // JSON-LD is read as text and matched, never evaluated.
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((s) => ARTICLE_TYPES.test(s.textContent ?? ''));
}
