// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readArticleSignals } from '@/lib/related/signals';
import { isArticlePage } from '@/lib/related/article-page';

function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

test('a fixture news article reads as an article with headline and excerpt', () => {
  const doc = load(fs.readFileSync(path.resolve('tests/fixtures/pages/related-3/source.html'), 'utf8'));
  const signals = readArticleSignals(doc, doc.querySelector('article')!);
  expect(signals).toMatchObject({ hasArticleElement: true, hasArticleMeta: true, headline: 'Воеводина и Алматинская область обновят соглашение о сотрудничестве' });
  expect(signals.longParagraphs).toBeGreaterThanOrEqual(4);
  expect(signals.excerpt).toMatch(/^Власти Воеводины/);
  expect(isArticlePage('http://127.0.0.1:4789/related-3/', signals)).toBe(true);
});

test('a front page of teasers is not an article', () => {
  const teasers = Array.from({ length: 30 }, (_, i) => `<li><a href="/n/${i}">Новость номер ${i}: короткий заголовок</a></li>`).join('');
  const doc = load(`<head><title>Главная</title></head><body><main><ul>${teasers}</ul></main></body>`);
  const signals = readArticleSignals(doc, doc.querySelector('main')!);
  expect(signals).toMatchObject({ hasArticleElement: false, hasArticleMeta: false, longParagraphs: 0 });
  expect(isArticlePage('https://news.example/section/politics', signals)).toBe(false);
});

test('JSON-LD NewsArticle counts as article metadata (read as text, never run)', () => {
  const doc = load('<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script></head><body><p>x</p></body>');
  expect(readArticleSignals(doc, doc.body).hasArticleMeta).toBe(true);
});
