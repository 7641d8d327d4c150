import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../lib/data/load';
import { readDatasetFiles } from '../../../scripts/cli/dataset';

const kb = loadKnowledgeBase(readDatasetFiles());

describe('popup search ranking', () => {
  it.each([
    ['Нови-Сад', 'city:3194360'],
    ['нови сад', 'city:3194360'],
    ['Novi Sad', 'city:3194360'],
    ['Vojvodina', 'region:784272'],
    ['Воеводине', 'region:784272'],
    ['Алматинская область', 'region:1537162'],
    ['Алматинской', 'region:1537162'],
    ['Алматинской области', 'region:1537162'],
    ['Гойкович', 'person:maja-gojkovic'],
    ['gojkovic', 'person:maja-gojkovic'],
    ['Гойкавич', 'person:maja-gojkovic'],
    ['МИД РК', 'org:mfa-kz'],
    ['mid rk', 'org:mfa-kz'],
    ['Астана', 'city:1526273'],
    ['Нур-Султан', 'city:1526273'],
    ['Казахстан', 'country:KZ'],
    ['Сербии', 'country:RS'],
    ['Vojvodna', 'region:784272'],
  ])('«%s» → %s first', (query, id) => {
    expect(kb.search(query, 5)[0]?.id).toBe(id);
  });

  it('Astana first is the capital of Kazakhstan', () => {
    const hit = kb.search('Астана', 1)[0]!;
    expect(kb.get('country:KZ')).toMatchObject({ country_facts: { capital: hit.id } });
  });

  it('exact and prefix hits outrank fuzzy ones', () => {
    const hits = kb.search('Алматы', 10);
    expect(hits[0]?.id).toBe('city:1526384');
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('hits carry a subtitle, a flag and the matched alias', () => {
    const [hit] = kb.search('Нур-Султан', 1);
    expect(hit).toMatchObject({ id: 'city:1526273', flag: '🇰🇿', matched: 'нур султан' });
    expect(hit?.subtitle.ru).toContain('Казахстан');
  });

  it('empty and junk queries return nothing', () => {
    expect(kb.search('   ', 5)).toEqual([]);
    expect(kb.search('zzxqv', 5)).toEqual([]);
  });
});

describe('one-letter queries', () => {
  it('are ranked once and served from memory, with the same hits as a fresh ranking', async () => {
    const { buildSearcher } = await import('../../../lib/search/search');
    const files = readDatasetFiles();
    const fresh = loadKnowledgeBase(files);
    const searcher = buildSearcher(fresh.records, files.search);
    const first = searcher.search('г', 10);
    expect(first.length).toBe(10);
    expect(searcher.search('Г', 10)).toEqual(first);
    // A smaller limit is a prefix of the same ranking.
    expect(searcher.search('г', 3)).toEqual(first.slice(0, 3));
  });
});

describe('building the index in steps', () => {
  it('gives the same searcher as building it at once, in several bounded steps', async () => {
    const { SearcherBuilder, buildSearcher } = await import('../../../lib/search/search');
    const files = readDatasetFiles();
    const records = loadKnowledgeBase(files).records;
    const builder = new SearcherBuilder(records, files.search);
    let steps = 0;
    while (builder.step()) steps++;
    // A slice of records per step, then the sort, then the index: never the whole build in one.
    expect(steps).toBeGreaterThan(Math.ceil(records.length / 4_000));
    const stepped = builder.result();
    const atOnce = buildSearcher(records, files.search);
    for (const q of ['Гойкович', 'нови сад', 'Алматинской', 'mid rk', 'г', 'Vojvodna']) expect(stepped.search(q, 10)).toEqual(atOnce.search(q, 10));
  });
});
