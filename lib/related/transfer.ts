/**
 * Export and import of the whole related-articles store as JSON. An import is validated in full
 * before anything is written; a file that fails says why and changes nothing.
 */
import * as v from 'valibot';
import type { StoredArticle } from './types';
import { normalizeUrl } from './url';
import { MAX_ARTICLES } from './store/articles';

export const EXPORT_FORMAT = 'kontext-related';
export const EXPORT_VERSION = 1;

const Url = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.check((s) => normalizeUrl(s) !== null, 'must be an http(s) URL'),
);
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const EntitySchema = v.object({
  id: Text(200),
  name: Text(300),
  type: v.picklist(['PER', 'LOC', 'ORG']),
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const ArticleSchema = v.object({
  url: Url,
  title: Text(1000),
  site: Text(300),
  published: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  firstSeen: Time,
  updatedAt: Time,
  time: Time,
  excerpt: Text(2000),
  source: v.picklist(['history', 'feed']),
  feedUrl: v.optional(Url),
  entities: v.pipe(v.array(EntitySchema), v.maxLength(1000)),
  entityIds: v.optional(v.array(v.string())),
});

const FileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.string(),
  articles: v.pipe(v.array(ArticleSchema), v.maxLength(MAX_ARTICLES * 4)),
});

/** The export document. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: StoredArticle[];
}

/** The export document for `articles`, as pretty JSON. */
export function serializeExport(articles: readonly StoredArticle[], now: number): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), articles: [...articles] };
  return JSON.stringify(file, null, 1);
}

export type ImportResult = { ok: true; articles: StoredArticle[] } | { ok: false; reason: string };

/** Parses and validates an export file; on failure says where and why, in plain words. */
export function parseImport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `Not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = v.safeParse(FileSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    return { ok: false, reason: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid file'}` };
  }
  const articles = result.output.articles.map((a): StoredArticle => {
    const { entityIds: _ignored, published, feedUrl, ...rest } = a;
    // Keys are recomputed rather than trusted: the URL is normalized, the index list derived.
    const record: StoredArticle = { ...rest, url: normalizeUrl(a.url) ?? a.url, entityIds: a.entities.map((e) => e.id) };
    if (published) record.published = published;
    if (feedUrl) record.feedUrl = feedUrl;
    return record;
  });
  return { ok: true, articles };
}
