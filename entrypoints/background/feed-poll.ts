/**
 * One poll of one feed: fetch (only this URL, which the reader subscribed to), parse, annotate
 * titles and descriptions, store. Every failure becomes a status; nothing is thrown.
 */
import { browser } from 'wxt/browser';
import { aggregateMentions } from '@/lib/context/aggregate';
import { FeedError, parseFeed, type FeedItem } from '@/lib/related/feed-parse';
import { originPattern, type FeedStatus, type FeedSubscription } from '@/lib/related/feeds';
import { normalizeUrl, siteOf } from '@/lib/related/url';
import type { ArticleInput } from '@/lib/related/record';
import { StoreError, upsertArticles } from '@/lib/related/store/articles';
import { getKnowledge } from './knowledge';
import { getRelatedDb } from './related-db';

/** A feed that does not answer in this time is reported unreachable rather than held open. */
const FETCH_TIMEOUT_MS = 20_000;
/** Feeds are small; anything bigger is not a news feed (or is hostile). */
const MAX_FEED_BYTES = 5_000_000;

/** What one poll found: the status, and the feed's own title when it could be read. */
export interface PollResult {
  status: FeedStatus;
  title?: string;
}

/** Fetches, parses, annotates and stores one feed; returns its status. */
export async function pollFeed(sub: FeedSubscription): Promise<PollResult> {
  const checkedAt = Date.now();
  let xml: string;
  try {
    const response = await fetch(sub.url, {
      credentials: 'omit', // no cookies: the feed learns nothing about the reader
      cache: 'no-cache',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) return { status: { code: 'http-error', detail: `HTTP ${response.status}`, checkedAt, items: 0 } };
    xml = await response.text();
    if (xml.length > MAX_FEED_BYTES) return { status: { code: 'not-a-feed', detail: 'Too large', checkedAt, items: 0 } };
  } catch (error) {
    const granted = await hasAccess(sub.url);
    return { status: { code: granted ? 'unreachable' : 'no-permission', detail: message(error), checkedAt, items: 0 } };
  }
  try {
    const feed = parseFeed(xml, sub.url);
    const inputs = await annotateItems(feed.items, sub);
    await upsertArticles(await getRelatedDb(), inputs, Date.now());
    return { status: { code: 'ok', checkedAt, items: inputs.length }, title: feed.title || undefined };
  } catch (error) {
    if (error instanceof FeedError) return { status: { code: error.code, detail: error.message, checkedAt, items: 0 } };
    if (error instanceof StoreError && error.code === 'quota') return { status: { code: 'store-full', checkedAt, items: 0 } };
    return { status: { code: 'failed', detail: message(error), checkedAt, items: 0 } };
  }
}

/** Annotates each item's title and description with the page pipeline; one chunk per item. */
async function annotateItems(items: readonly FeedItem[], sub: FeedSubscription): Promise<ArticleInput[]> {
  if (!items.length) return [];
  const kb = await getKnowledge();
  const { chunks } = kb.annotate(
    items.map((item, id) => ({ id, text: `${item.title}. ${item.text}` })),
    'auto',
  );
  const inputs: ArticleInput[] = [];
  items.forEach((item, i) => {
    const url = normalizeUrl(item.url);
    if (!url) return;
    inputs.push({
      url,
      title: item.title,
      site: siteOf(url),
      published: item.published,
      excerpt: item.text,
      source: 'feed',
      feedUrl: sub.url,
      entities: aggregateMentions(chunks.find((c) => c.id === i)?.mentions ?? []),
    });
  });
  return inputs;
}

async function hasAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
