/**
 * Reads and writes of the article store. Every write is one transaction: it lands whole or not
 * at all, so a full disk (quota) or a bad import leaves the existing data as it was.
 */
import type { StoredArticle } from '../types';
import type { DocumentFrequencies } from '../ranking';
import { buildArticle, type ArticleInput } from '../record';
import type { RelatedDb } from './db';

/** Most articles kept; past it the oldest (by date) are dropped first. */
export const MAX_ARTICLES = 5_000;

export type StoreErrorCode = 'quota' | 'failed';

/** A write that did not happen; `code: 'quota'` means the browser refused more storage. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Whether an IndexedDB error means "out of storage space". */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

type WriteTx = ReturnType<typeof writeTx>;
const writeTx = (db: RelatedDb) => db.transaction('articles', 'readwrite');

/**
 * Runs `run` in one read-write transaction: any failure aborts it (nothing partial lands) and comes
 * back as a `StoreError`.
 */
async function write<T>(db: RelatedDb, run: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = writeTx(db);
  const done = tx.done;
  done.catch(() => undefined); // awaited below; this keeps an early abort from being "unhandled"
  try {
    const result = await run(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    if (isQuotaError(error)) throw new StoreError('quota', 'Storage is full: nothing was written');
    throw new StoreError('failed', error instanceof Error ? error.message : String(error));
  }
}

/** Adds or updates articles (a re-visit updates its record), then keeps the store within `limit`. */
export function upsertArticles(db: RelatedDb, inputs: readonly ArticleInput[], now: number, limit = MAX_ARTICLES): Promise<StoredArticle[]> {
  return write(db, async (tx) => {
    const saved: StoredArticle[] = [];
    for (const input of inputs) {
      const record = buildArticle(input, now, await tx.store.get(input.url));
      await tx.store.put(record);
      saved.push(record);
    }
    await prune(tx.store, limit);
    return saved;
  });
}

/** Counts of an import merge. */
export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** Merges records (an import): a record replaces the stored one only when it changed later. */
export function mergeArticles(db: RelatedDb, records: readonly StoredArticle[], limit = MAX_ARTICLES): Promise<MergeResult> {
  return write(db, async (tx) => {
    const result: MergeResult = { added: 0, updated: 0, unchanged: 0 };
    for (const record of records) {
      const existing = await tx.store.get(record.url);
      if (existing && existing.updatedAt >= record.updatedAt) {
        result.unchanged++;
        continue;
      }
      await tx.store.put({ ...record, entityIds: record.entities.map((e) => e.id) });
      result[existing ? 'updated' : 'added']++;
    }
    await prune(tx.store, limit);
    return result;
  });
}

type ArticleStore = WriteTx['store'];

/** Drops the oldest articles (by date) beyond `limit`, inside the caller's transaction. */
async function prune(store: ArticleStore, limit: number): Promise<void> {
  let excess = (await store.count()) - limit;
  if (excess <= 0) return;
  for (let cursor = await store.index('byTime').openCursor(); cursor && excess > 0; cursor = await cursor.continue()) {
    await cursor.delete();
    excess--;
  }
}

/** Every article that mentions one of `entityIds`, each once. */
export async function articlesMentioning(db: RelatedDb, entityIds: readonly string[]): Promise<StoredArticle[]> {
  const tx = db.transaction('articles');
  const byUrl = new Map<string, StoredArticle>();
  for (const id of new Set(entityIds)) {
    for (const article of await tx.store.index('byEntity').getAll(id)) byUrl.set(article.url, article);
  }
  await tx.done;
  return [...byUrl.values()];
}

/** How many articles there are, and how many mention each of `entityIds`. */
export async function documentFrequencies(db: RelatedDb, entityIds: readonly string[]): Promise<DocumentFrequencies> {
  const tx = db.transaction('articles');
  const counts = new Map<string, number>();
  const total = await tx.store.count();
  for (const id of new Set(entityIds)) counts.set(id, await tx.store.index('byEntity').count(id));
  await tx.done;
  return { total, of: (id) => counts.get(id) ?? 0 };
}

/** One article by its normalized URL. */
export function getArticle(db: RelatedDb, url: string): Promise<StoredArticle | undefined> {
  return db.get('articles', url);
}

/** Every article, oldest first (for export). */
export function allArticles(db: RelatedDb): Promise<StoredArticle[]> {
  return db.getAllFromIndex('articles', 'byTime');
}

export function countArticles(db: RelatedDb): Promise<number> {
  return db.count('articles');
}

/** Removes every article. */
export function clearArticles(db: RelatedDb): Promise<void> {
  return write(db, (tx) => tx.store.clear());
}
