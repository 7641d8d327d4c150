/**
 * Feed subscriptions (opt-in): suggested regional and international feeds, a field for any feed
 * URL, and the status of each subscribed feed after its last poll. Host access is requested for
 * one feed's site at a time, from the click that subscribes.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendRequest, type Transport } from '@/lib/messaging/send';
import { originPattern, parseFeedUrl, SUGGESTED_FEEDS, type FeedState } from '@/lib/related/feeds';
import { useT } from './i18n';
import { FeedList } from '@/components/related/FeedList';

const toBackground: Transport = (message) => browser.runtime.sendMessage(message);

export function FeedsSection() {
  const { t } = useT();
  const [feeds, setFeeds] = useState<FeedState[] | null>(null);
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void sendRequest(toBackground, { type: 'ui→bg:feeds' }).then((r) => setFeeds(r.feeds));
  }, []);

  const run = async (work: () => Promise<{ feeds: FeedState[] }>) => {
    setBusy(true);
    try {
      setFeeds((await work()).feeds);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const subscribe = (raw: string, title?: string) => {
    setError(null);
    const feedUrl = parseFeedUrl(raw);
    if (!feedUrl) return setError(t('feeds_bad_url'));
    // Requested first, inside the click: browsers only ask the user from a user gesture. The feed is
    // subscribed (and read, if its site allows) without waiting for the answer; a grant re-reads it.
    const asking = browser.permissions.request({ origins: [originPattern(feedUrl)] }).catch(() => false);
    setUrl('');
    void run(() => sendRequest(toBackground, { type: 'ui→bg:feed-subscribe', url: feedUrl, title }));
    void asking.then((granted) => {
      if (granted) void run(() => sendRequest(toBackground, { type: 'ui→bg:feeds-poll' }));
      else setError(t('feeds_permission_denied'));
    });
  };

  const subscribed = new Set(feeds?.map((f) => f.url));
  return (
    <section class="section" aria-labelledby="feeds-title" data-testid="feeds-section">
      <h2 id="feeds-title">{t('options_section_feeds')}</h2>
      <p class="hint">{t('feeds_explain')}</p>
      {feeds && feeds.length > 0 && (
        <FeedList
          feeds={feeds}
          busy={busy}
          onUnsubscribe={(feedUrl) => void run(() => sendRequest(toBackground, { type: 'ui→bg:feed-unsubscribe', url: feedUrl }))}
          onPoll={() => void run(() => sendRequest(toBackground, { type: 'ui→bg:feeds-poll' }))}
        />
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          subscribe(url);
        }}
      >
        <label class="field field--grow">
          {t('feeds_url_label')}
          <input type="text" inputMode="url" value={url} data-testid="feed-url" placeholder="https://…/rss.xml" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy} data-testid="feed-subscribe">
          {t('feeds_subscribe')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <h3>{t('feeds_suggested')}</h3>
      <ul class="list">
        {SUGGESTED_FEEDS.map((feed) => (
          <li key={feed.url} class="list__item">
            <span class="list__main">
              {feed.title}
              <span class="hint">{t(feed.region === 'regional' ? 'feeds_regional' : 'feeds_international')}</span>
            </span>
            <button type="button" disabled={busy || subscribed.has(feed.url)} onClick={() => subscribe(feed.url, feed.title)}>
              {subscribed.has(feed.url) ? t('feeds_subscribed') : t('feeds_subscribe')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
