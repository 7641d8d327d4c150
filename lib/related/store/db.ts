/**
 * The related-articles database (IndexedDB through `idb`): schema, version and migrations.
 * Each migration upgrades from the version before it, so any older database reaches the current
 * shape step by step, keeping its records.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredArticle } from '../types';

export const DB_NAME = 'kontext-related';
/** Current schema version; bump it and append a migration to change the schema. */
export const DB_VERSION = 2;

export interface RelatedSchema extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { byEntity: string; byTime: number };
  };
}

export type RelatedDb = IDBPDatabase<RelatedSchema>;
type UpgradeTx = IDBPTransaction<RelatedSchema, StoreNames<RelatedSchema>[], 'versionchange'>;

/** Migration to version `index + 1`. */
const MIGRATIONS: ((db: RelatedDb, tx: UpgradeTx) => Promise<void> | void)[] = [
  // v1: articles by normalized URL, with a multi-entry index from entity id to articles.
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'url' });
    articles.createIndex('byEntity', 'entityIds', { multiEntry: true });
  },
  // v2: a sort time (published date, else first seen) indexed for recency and for dropping the
  // oldest articles at the limit; v1 records get it computed from their dates.
  async (_db, tx) => {
    const articles = tx.objectStore('articles');
    articles.createIndex('byTime', 'time');
    for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
      const record = cursor.value as StoredArticle & { time?: number };
      if (typeof record.time === 'number') continue;
      const published = record.published ? Date.parse(record.published) : NaN;
      await cursor.update({ ...record, time: Number.isFinite(published) ? published : record.firstSeen });
    }
  },
];

/**
 * Opens (creating or migrating) the database. `version` exists for migration tests, which open an
 * old version first; the extension always opens the current one.
 */
export function openRelatedDb(name = DB_NAME, version = DB_VERSION): Promise<RelatedDb> {
  return openDB<RelatedSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // A failed step aborts the upgrade, so the database stays at its old version, data intact.
      migrate(db, tx, oldVersion, newVersion ?? version).catch(() => tx.abort());
    },
  });
}

async function migrate(db: RelatedDb, tx: UpgradeTx, from: number, to: number): Promise<void> {
  // Only IndexedDB requests are awaited in between, so the version-change transaction stays open.
  for (let v = from; v < to; v++) await MIGRATIONS[v]?.(db, tx);
}
