/**
 * Feed subscriptions: their shape, the suggestions offered in the options (all unsubscribed by
 * default), and the per-feed status shown to the reader after each poll.
 */

export interface FeedSubscription {
  url: string;
  title: string;
  addedAt: number;
}

export type FeedStatusCode = 'ok' | 'pending' | 'unreachable' | 'http-error' | 'not-xml' | 'not-a-feed' | 'no-permission' | 'store-full' | 'failed';

/** The outcome of the last poll of one feed. */
export interface FeedStatus {
  code: FeedStatusCode;
  /** Technical detail (HTTP status, parser message), shown small under the friendly message. */
  detail?: string;
  checkedAt: number;
  /** Items read in the last successful poll. */
  items: number;
}

export interface SuggestedFeed {
  url: string;
  title: string;
  region: 'regional' | 'international';
}

/** A few regional and international news feeds; never subscribed unless the reader picks them. */
export const SUGGESTED_FEEDS: readonly SuggestedFeed[] = [
  { url: 'https://tengrinews.kz/news.rss', title: 'Tengrinews (Казахстан)', region: 'regional' },
  { url: 'https://tass.ru/rss/v2.xml', title: 'ТАСС', region: 'regional' },
  { url: 'https://feeds.bbci.co.uk/russian/rss.xml', title: 'BBC News Русская служба', region: 'international' },
  { url: 'https://rss.dw.com/rdf/rss-ru-all', title: 'DW на русском', region: 'international' },
  { url: 'https://www.theguardian.com/world/rss', title: 'The Guardian — World', region: 'international' },
  { url: 'https://www.aljazeera.com/xml/rss/all.xml', title: 'Al Jazeera', region: 'international' },
];

/** Minutes between polls: news feeds change often, but a reader needs no minute-by-minute copy. */
export const POLL_PERIOD_MINUTES = 60;

/** The http(s) URL typed by the reader, normalized, or null when it is not one. */
export function parseFeedUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

/** The host-permission pattern that lets the background read a feed. */
export function originPattern(feedUrl: string): string {
  const url = new URL(feedUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** A subscription with the outcome of its last poll, as the options page lists it. */
export interface FeedState extends FeedSubscription {
  status: FeedStatus | null;
}
