import { describe, expect, test } from 'vitest';
import { centrality, rankForArticle, rankForEntity, recency, type DocumentFrequencies } from '@/lib/related/ranking';
import type { StoredArticle } from '@/lib/related/types';
import { article, DAY, NOW } from './helpers';

function frequencies(articles: StoredArticle[]): DocumentFrequencies {
  return { total: articles.length, of: (id) => articles.filter((a) => a.entityIds.includes(id)).length };
}

describe('recency and centrality', () => {
  test('recency halves every 30 days and is 1 for the future', () => {
    expect(recency(NOW, NOW)).toBe(1);
    expect(recency(NOW - 30 * DAY, NOW)).toBeCloseTo(0.5);
    expect(recency(NOW + DAY, NOW)).toBe(1);
  });

  test.each([
    [[['person:gojkovic', 5], ['country:KZ', 5]], 'person:gojkovic', 0.75],
    [[['person:gojkovic', 1], ['country:KZ', 9]], 'person:gojkovic', 0.5 * 0.1 + 0.5 / 9],
    [[['country:KZ', 3]], 'person:gojkovic', 0],
  ] as [[string, number][], string, number][])('centrality of %j for %s', (entities, id, expected) => {
    expect(centrality(article('https://a.test/1', entities, 0), id)).toBeCloseTo(expected);
  });
});

describe('rankForEntity', () => {
  const central = article('https://a.test/central', [['person:gojkovic', 6], ['country:RS', 2]], 20);
  const passing = article('https://a.test/passing', [['person:gojkovic', 1], ['country:KZ', 8]], 2);
  const unrelated = article('https://a.test/none', [['country:KZ', 4]], 0);

  test('ranks by centrality, then recency; skips articles without the entity', () => {
    const ranked = rankForEntity('person:gojkovic', [passing, unrelated, central], { now: NOW, limit: 10 });
    expect(ranked.map((r) => r.url)).toEqual(['https://a.test/central', 'https://a.test/passing']);
  });

  test('equally central articles: the newer first', () => {
    const older = article('https://a.test/older', [['person:gojkovic', 2]], 40);
    const newer = article('https://a.test/newer', [['person:gojkovic', 2]], 1);
    expect(rankForEntity('person:gojkovic', [older, newer], { now: NOW, limit: 10 }).map((r) => r.url)).toEqual([
      'https://a.test/newer',
      'https://a.test/older',
    ]);
  });

  test('the current page is never its own related article; limit applies', () => {
    const ranked = rankForEntity('person:gojkovic', [central, passing], { now: NOW, limit: 1, excludeUrl: central.url });
    expect(ranked.map((r) => r.url)).toEqual([passing.url]);
  });
});

describe('rankForArticle', () => {
  // Kazakhstan is everywhere; Gojković and Vojvodina are rare.
  const rare = article('https://a.test/rare', [['person:gojkovic', 2], ['region:vojvodina', 2]], 30);
  const common = article('https://a.test/common', [['country:KZ', 9]], 1);
  const filler = [1, 2, 3, 4].map((i) => article(`https://a.test/kz-${i}`, [['country:KZ', 3]], 5 + i));
  const current = article('https://a.test/current', [['person:gojkovic', 1], ['region:vojvodina', 1], ['country:KZ', 4]], 0);
  const all = [rare, common, ...filler, current];

  test('an article sharing rare entities beats one sharing only a common one, even if older', () => {
    const ranked = rankForArticle(current.entityIds, all, frequencies(all), { now: NOW, limit: 3, excludeUrl: current.url });
    expect(ranked[0]?.url).toBe(rare.url);
    expect(ranked[0]?.shared).toEqual(['gojkovic', 'vojvodina']);
    expect(ranked.map((r) => r.url)).not.toContain(current.url);
  });

  test('among articles sharing the same entity, the newer ranks first', () => {
    const ranked = rankForArticle(['country:KZ'], all, frequencies(all), { now: NOW, limit: 10, excludeUrl: current.url });
    expect(ranked.map((r) => r.url)).toEqual([common.url, ...filler.map((f) => f.url)]);
  });

  test('no shared entities, no results', () => {
    expect(rankForArticle(['person:nobody'], all, frequencies(all), { now: NOW, limit: 10 })).toEqual([]);
  });
});
