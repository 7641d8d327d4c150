import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openDB } from 'idb';
import { openRelatedDb, DB_VERSION, type RelatedDb } from '@/lib/related/store/db';
import {
  allArticles,
  articlesMentioning,
  clearArticles,
  countArticles,
  documentFrequencies,
  getArticle,
  mergeArticles,
  StoreError,
  upsertArticles,
} from '@/lib/related/store/articles';
import type { ArticleInput } from '@/lib/related/record';
import { DAY, NOW, article, pageEntity } from './helpers';

let n = 0;
const opened: RelatedDb[] = [];
async function freshDb(): Promise<RelatedDb> {
  const db = await openRelatedDb(`test-${++n}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

function visit(url: string, extra: Partial<ArticleInput> = {}): ArticleInput {
  return {
    url,
    title: `Title ${url}`,
    site: 'example.org',
    excerpt: 'Excerpt',
    source: 'history',
    entities: [pageEntity('person:maja-gojkovic', 'Майя Гойкович', 3, 'PER'), pageEntity('country:KZ', 'Казахстан', 1)],
    ...extra,
  };
}

describe('migrations', () => {
  test('a v1 database (no time field, no byTime index) is upgraded with its records kept', async () => {
    const name = `migrate-${++n}`;
    const v1 = await openRelatedDb(name, 1);
    expect([...v1.transaction('articles').store.indexNames]).toEqual(['byEntity']);
    const old = article('https://a.test/old', [['country:KZ', 2]], 10) as Partial<ReturnType<typeof article>>;
    delete old.time;
    // A raw write: v1 records had no `time`.
    const raw = await openDB(name, 1);
    v1.close();
    await raw.put('articles', old);
    raw.close();

    const db = await openRelatedDb(name);
    opened.push(db);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('articles').store.indexNames].sort()).toEqual(['byEntity', 'byTime']);
    const migrated = await getArticle(db, 'https://a.test/old');
    expect(migrated?.time).toBe(NOW - 10 * DAY);
    expect(await db.getAllFromIndex('articles', 'byTime')).toHaveLength(1);
  });

  test('a fresh database gets the current schema', async () => {
    const db = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('articles')).toBe(true);
  });
});

describe('articles', () => {
  test('a re-visit updates the record instead of duplicating it, keeping first-seen', async () => {
    const db = await freshDb();
    await upsertArticles(db, [visit('https://a.test/1')], NOW - DAY);
    await upsertArticles(db, [visit('https://a.test/1', { title: 'New title' })], NOW);
    expect(await countArticles(db)).toBe(1);
    const record = await getArticle(db, 'https://a.test/1');
    expect(record).toMatchObject({ title: 'New title', firstSeen: NOW - DAY, updatedAt: NOW, time: NOW - DAY });
  });

  test('published date from the page wins over first seen', async () => {
    const db = await freshDb();
    const [saved] = await upsertArticles(db, [visit('https://a.test/p', { published: '2026-02-13T14:20:00+05:00' })], NOW);
    expect(saved?.published).toBe('2026-02-13T09:20:00.000Z');
    expect(saved?.time).toBe(Date.parse('2026-02-13T09:20:00Z'));
  });

  test('the entity index finds articles; frequencies count them', async () => {
    const db = await freshDb();
    await upsertArticles(db, [visit('https://a.test/1'), visit('https://a.test/2', { entities: [pageEntity('country:KZ', 'Казахстан', 2)] })], NOW);
    expect((await articlesMentioning(db, ['person:maja-gojkovic'])).map((a) => a.url)).toEqual(['https://a.test/1']);
    expect(await articlesMentioning(db, ['country:KZ', 'person:maja-gojkovic'])).toHaveLength(2);
    const df = await documentFrequencies(db, ['country:KZ', 'person:maja-gojkovic']);
    expect([df.total, df.of('country:KZ'), df.of('person:maja-gojkovic'), df.of('x')]).toEqual([2, 2, 1, 0]);
  });

  test('past the limit the oldest articles are dropped first', async () => {
    const db = await freshDb();
    const inputs = [5, 1, 3, 2, 4].map((age) => visit(`https://a.test/age-${age}`, { published: new Date(NOW - age * DAY).toISOString() }));
    await upsertArticles(db, inputs, NOW, 3);
    expect((await allArticles(db)).map((a) => a.url)).toEqual(['https://a.test/age-3', 'https://a.test/age-2', 'https://a.test/age-1']);
  });

  test('a quota error writes nothing and keeps existing data intact', async () => {
    const db = await freshDb();
    await upsertArticles(db, [visit('https://a.test/kept')], NOW);
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // The second write of the batch hits the quota, as a full disk would.
      if (++calls === 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const attempt = upsertArticles(db, [visit('https://a.test/new-1'), visit('https://a.test/new-2'), visit('https://a.test/kept', { title: 'changed' })], NOW + 1);
    await expect(attempt).rejects.toMatchObject({ name: 'StoreError', code: 'quota' });
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
    expect((await allArticles(db)).map((a) => [a.url, a.title])).toEqual([['https://a.test/kept', 'Title https://a.test/kept']]);
  });

  test('merge keeps the later version of each record and adds new ones', async () => {
    const db = await freshDb();
    await upsertArticles(db, [visit('https://a.test/1'), visit('https://a.test/2')], NOW);
    const newer = { ...article('https://a.test/1', [['country:RS', 1]], 0), updatedAt: NOW + 5, title: 'newer' };
    const older = { ...article('https://a.test/2', [['country:RS', 1]], 0), updatedAt: NOW - 5, title: 'older' };
    const added = article('https://a.test/3', [['country:RS', 1]], 0);
    expect(await mergeArticles(db, [newer, older, added])).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await getArticle(db, 'https://a.test/1'))?.title).toBe('newer');
    expect((await getArticle(db, 'https://a.test/2'))?.title).toBe('Title https://a.test/2');
  });

  test('clear removes everything', async () => {
    const db = await freshDb();
    await upsertArticles(db, [visit('https://a.test/1')], NOW);
    await clearArticles(db);
    expect(await countArticles(db)).toBe(0);
  });
});
