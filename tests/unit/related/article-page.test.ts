import { expect, test } from 'vitest';
import { isArticlePage, isListingUrl } from '@/lib/related/article-page';
import type { ArticleSignals } from '@/lib/related/types';

const ARTICLE: ArticleSignals = { textLength: 3000, longParagraphs: 6, hasArticleElement: true, hasArticleMeta: true, excerpt: '' };

test.each([
  ['news article', 'https://kt.kz/rus/politics/posol_1377994.html', ARTICLE, true],
  ['article metadata without <article>', 'https://a.test/2026/02/13/story', { ...ARTICLE, hasArticleElement: false }, true],
  ['<article> without metadata', 'https://a.test/story', { ...ARTICLE, hasArticleMeta: false }, true],
  ['long page without either', 'https://a.test/about-us', { ...ARTICLE, hasArticleElement: false, hasArticleMeta: false }, false],
  ['home page', 'https://kt.kz/', ARTICLE, false],
  ['index.html home', 'https://a.test/index.html', ARTICLE, false],
  ['site search', 'https://a.test/search?q=Токаев', ARTICLE, false],
  ['search engine results', 'https://www.google.com/search?q=tokayev', { ...ARTICLE, hasArticleMeta: false }, false],
  ['query parameter search', 'https://a.test/news?query=x', ARTICLE, false],
  ['tag listing', 'https://a.test/tag/diplomatiya', ARTICLE, false],
  ['short teaser', 'https://a.test/story', { ...ARTICLE, textLength: 300 }, false],
  ['link list, no paragraphs', 'https://a.test/story', { ...ARTICLE, longParagraphs: 0 }, false],
])('%s → %s', (_name, url, signals, expected) => {
  expect(isArticlePage(url, signals)).toBe(expected);
});

test('unparseable URLs are not articles', () => {
  expect(isListingUrl('not a url')).toBe(true);
});
