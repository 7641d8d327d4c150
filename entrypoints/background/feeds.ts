/**
 * Feed subscriptions in the background: an alarm polls every subscribed feed on a schedule; each
 * item's title and description are annotated by the same recognizer as pages and stored like
 * history. A bad or unreachable feed gets a status for the options page, never a crash.
 */
import { browser } from 'wxt/browser';
import type { Request, ResponseMap } from '@/lib/messaging/protocol';
import { POLL_PERIOD_MINUTES, parseFeedUrl, type FeedState, type FeedSubscription } from '@/lib/related/feeds';
import { feedStatuses, feedSubscriptions } from '@/lib/storage/settings';
import { pollFeed } from './feed-poll';

const ALARM = 'kontext-feeds';

const FEED_TYPES = ['ui→bg:feeds', 'ui→bg:feed-subscribe', 'ui→bg:feed-unsubscribe', 'ui→bg:feeds-poll'] as const;
export type FeedRequest = Extract<Request, { type: (typeof FEED_TYPES)[number] }>;

export function isFeedRequest(request: { type: string }): request is FeedRequest {
  return (FEED_TYPES as readonly string[]).includes(request.type);
}

/** Listens for the poll alarm and makes sure it exists while there are subscriptions. */
export function setupFeeds(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void pollAll();
  });
  void syncAlarm();
}

/** Answers the options page's feed requests. */
export async function handleFeedRequest(request: FeedRequest): Promise<ResponseMap[FeedRequest['type']]> {
  switch (request.type) {
    case 'ui→bg:feeds':
      return { feeds: await listFeeds() };
    case 'ui→bg:feed-subscribe': {
      const url = parseFeedUrl(request.url);
      if (!url) throw new Error('Not an http(s) URL');
      const subscriptions = await feedSubscriptions.getValue();
      if (!subscriptions.some((s) => s.url === url)) {
        const title = request.title?.trim() || new URL(url).hostname;
        await feedSubscriptions.setValue([...subscriptions, { url, title, addedAt: Date.now() }]);
      }
      await syncAlarm();
      // Read it right away, so the reader sees whether it works while still on the options page.
      const sub = (await feedSubscriptions.getValue()).find((s) => s.url === url);
      if (sub) await pollOne(sub);
      return { feeds: await listFeeds() };
    }
    case 'ui→bg:feed-unsubscribe': {
      await feedSubscriptions.setValue((await feedSubscriptions.getValue()).filter((s) => s.url !== request.url));
      const statuses = { ...(await feedStatuses.getValue()) };
      delete statuses[request.url];
      await feedStatuses.setValue(statuses);
      await syncAlarm();
      return { feeds: await listFeeds() };
    }
    case 'ui→bg:feeds-poll':
      await pollAll();
      return { feeds: await listFeeds() };
  }
}

async function listFeeds(): Promise<FeedState[]> {
  const [subscriptions, statuses] = await Promise.all([feedSubscriptions.getValue(), feedStatuses.getValue()]);
  return subscriptions.map((s) => ({ ...s, status: statuses[s.url] ?? null }));
}

/** An alarm only while something is subscribed: no wake-ups, and no requests, for nothing. */
async function syncAlarm(): Promise<void> {
  const any = (await feedSubscriptions.getValue()).length > 0;
  const existing = await browser.alarms.get(ALARM);
  if (any && !existing) await browser.alarms.create(ALARM, { periodInMinutes: POLL_PERIOD_MINUTES, delayInMinutes: 1 });
  if (!any && existing) await browser.alarms.clear(ALARM);
}

let running: Promise<void> | null = null;

/** Polls every subscribed feed, one at a time; overlapping calls share one run. */
function pollAll(): Promise<void> {
  running ??= (async () => {
    for (const sub of await feedSubscriptions.getValue()) await pollOne(sub);
  })().finally(() => {
    running = null;
  });
  return running;
}

async function pollOne(sub: FeedSubscription): Promise<void> {
  const { status, title } = await pollFeed(sub);
  const subscriptions = await feedSubscriptions.getValue();
  // Unsubscribed while polling: drop the status rather than resurrect the entry.
  if (!subscriptions.some((s) => s.url === sub.url)) return;
  // A feed added by address is named by its host until its own title is known.
  if (title && sub.title === new URL(sub.url).hostname) {
    await feedSubscriptions.setValue(subscriptions.map((s) => (s.url === sub.url ? { ...s, title } : s)));
  }
  await feedStatuses.setValue({ ...(await feedStatuses.getValue()), [sub.url]: status });
}
