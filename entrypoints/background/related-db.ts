/** The one open connection to the related-articles database, opened on first use. */
import { openRelatedDb, type RelatedDb } from '@/lib/related/store/db';

let opening: Promise<RelatedDb> | null = null;

export function getRelatedDb(): Promise<RelatedDb> {
  opening ??= openRelatedDb().then((db) => {
    // Another context upgrading the schema (a newer extension version) closes ours; reopen next time.
    db.addEventListener('versionchange', () => {
      db.close();
      opening = null;
    });
    return db;
  });
  opening.catch(() => {
    opening = null; // let the next request retry
  });
  return opening;
}
