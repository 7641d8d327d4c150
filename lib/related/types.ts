/**
 * Shapes of the related-articles memory: what is stored per article (from reading history or a
 * feed), and what the page reports so the background can tell an article from a home page.
 */
import type { EntityType } from '../data/types';

/** Where an article came from. */
export type ArticleSource = 'history' | 'feed';

/** One known entity an article mentions, with how often. */
export interface ArticleEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

/** One article in the store. Everything here is data shown as text, never as HTML. */
export interface StoredArticle {
  /** Normalized URL (no fragment, no tracking parameters): the primary key. */
  url: string;
  title: string;
  /** Host name (or the feed's title for feed items). */
  site: string;
  /** Published date from the page or feed (ISO 8601), when known. */
  published?: string;
  /** When Kontext first saw it (ms since epoch). */
  firstSeen: number;
  /** When the record last changed (ms since epoch); decides merges on import. */
  updatedAt: number;
  /** Sort time: the published date when known, else first seen (ms). Drives recency and pruning. */
  time: number;
  excerpt: string;
  source: ArticleSource;
  /** The feed it came from, for feed items. */
  feedUrl?: string;
  entities: ArticleEntity[];
  /** Entity ids, indexed (multi-entry) to find the articles of an entity. */
  entityIds: string[];
}

/**
 * What the content script observes about a page so the background can decide whether it is an
 * article worth remembering (counts and flags only, plus a short excerpt).
 */
export interface ArticleSignals {
  /** Characters of text in the article root. */
  textLength: number;
  /** Paragraphs (`<p>`) with at least ~80 characters inside the article root. */
  longParagraphs: number;
  /** The page has an `<article>` element or `[itemprop=articleBody]`. */
  hasArticleElement: boolean;
  /** The page has article metadata: og:type=article, article:published_time, or a NewsArticle schema. */
  hasArticleMeta: boolean;
  /** A short excerpt: the meta description or the first paragraph, plain text. */
  excerpt: string;
  /** The headline (og:title or the article's h1), cleaner than a `<title>` with the site name. */
  headline?: string;
}

/** An article as the UI shows it in a related list. */
export interface RelatedArticleView {
  url: string;
  title: string;
  site: string;
  /** ISO date (published, else first seen). */
  date: string;
  excerpt: string;
  source: ArticleSource;
  /** Names of the entities it shares with what is being looked at, most relevant first. */
  shared: string[];
  score: number;
}
