/** Subscribed feeds with the outcome of their last poll, in words, and unsubscribe buttons. */
import type { FeedState, FeedStatus } from '@/lib/related/feeds';
import { useT, type Translate } from '@/components/options/i18n';

export function FeedList({ feeds, busy, onUnsubscribe, onPoll }: { feeds: FeedState[]; busy: boolean; onUnsubscribe(url: string): void; onPoll(): void }) {
  const { t, lang } = useT();
  return (
    <>
      <ul class="list" data-testid="feed-list">
        {feeds.map((feed) => (
          <li key={feed.url} class="list__item" data-testid="feed" data-url={feed.url} data-status={feed.status?.code ?? 'pending'}>
            <span class="list__main" style={{ flexDirection: 'column', alignItems: 'flex-start' }}>
              <span>{feed.title}</span>
              <span class="hint">{feed.url}</span>
              <FeedStatusLine status={feed.status} t={t} lang={lang} />
            </span>
            <button type="button" class="link-button" disabled={busy} onClick={() => onUnsubscribe(feed.url)}>
              {t('feeds_unsubscribe')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" disabled={busy} data-testid="feeds-poll" onClick={onPoll}>
        {busy ? t('feeds_checking') : t('feeds_check_now')}
      </button>
    </>
  );
}

function FeedStatusLine({ status, t, lang }: { status: FeedStatus | null; t: Translate; lang: string }) {
  if (!status) return <span class="hint">{t('feeds_status_pending')}</span>;
  const when = new Date(status.checkedAt).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' });
  const text = status.code === 'ok' ? t('feeds_status_ok', status.items, when) : `${t(`feeds_status_${status.code.replace(/-/g, '_')}`)} (${when})`;
  return (
    <span class={status.code === 'ok' ? 'ok' : 'error'} data-testid="feed-status" title={status.detail}>
      {text}
      {status.code !== 'ok' && status.detail && <span class="hint"> — {status.detail}</span>}
    </span>
  );
}
