/**
 * The side panel's related articles: other articles from the reader's history and feeds that share
 * this article's entities (rarest shared entities first), plus "more coverage" search links.
 * Everything shown is text; titles and excerpts from pages and feeds are never rendered as HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageContext } from '@/lib/messaging/protocol';
import { sendRequest, type Transport } from '@/lib/messaging/send';
import type { RelatedArticleView } from '@/lib/related/types';
import { t } from '@/components/panel/i18n';
import { SearchLinks } from './SearchLinks';
import './related.css';

type State = { phase: 'loading' } | { phase: 'ready'; articles: RelatedArticleView[] } | { phase: 'error' };

export function RelatedList({ send, context, lang }: { send: Transport; context: PageContext; lang?: string }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    sendRequest(send, { type: 'ui→bg:related-for-tab', tabId: context.tabId })
      .then((reply) => live && setState({ phase: 'ready', articles: reply.articles }))
      .catch(() => live && setState({ phase: 'error' }));
    return () => {
      live = false;
    };
  }, [send, context.tabId, context.url, context.updatedAt]);

  const top = context.entities.find((e) => e.entityId);
  return (
    <section class="related" data-testid="related">
      <h2 class="section-title">{t('panel_related')}</h2>
      {state.phase === 'ready' && state.articles.length > 0 ? (
        <ol class="related__list" data-testid="related-list">
          {state.articles.map((article) => (
            <RelatedItem key={article.url} article={article} lang={lang} />
          ))}
        </ol>
      ) : (
        <p class="state">{state.phase === 'error' ? t('related_error') : state.phase === 'loading' ? t('related_loading') : t('panel_related_empty')}</p>
      )}
      {top && <SearchLinks name={top.name} lang={lang ?? 'ru'} label={t('related_more_coverage', top.name)} />}
    </section>
  );
}

function RelatedItem({ article, lang }: { article: RelatedArticleView; lang?: string }) {
  const meta = [article.site, formatDate(article.date, lang), article.source === 'feed' ? t('related_from_feed') : ''].filter(Boolean).join(' · ');
  return (
    <li class="related__item" data-testid="related-item" data-url={article.url}>
      <a href={article.url} target="_blank" rel="noopener noreferrer">
        {article.title}
      </a>
      <div class="muted related__meta">{meta}</div>
      {article.shared.length > 0 && <div class="muted related__shared">{t('related_shared', article.shared.slice(0, 4).join(', '))}</div>}
    </li>
  );
}

function formatDate(iso: string, lang?: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(lang, { dateStyle: 'medium' });
}
