import { ExternalLink } from '@/components/shared/ExternalLink';
import { formatPartialDate } from '@/lib/card/format';
import { useCardEnv } from './env';

/** One article that also mentions the entity (filled by the related-articles feature). */
export interface RelatedArticle {
  url: string;
  title: string;
  /** YYYY-MM-DD when known. */
  published?: string;
  site?: string;
}

/** Related articles, or an explicit empty state so the section's purpose is visible from day one. */
export function Related({ articles }: { articles: readonly RelatedArticle[] }) {
  const { t, lang } = useCardEnv();
  return (
    <section class="kx-section" aria-label={t('card_related')}>
      <h3 class="kx-section__title">{t('card_related')}</h3>
      {articles.length === 0 ? (
        <p class="kx-muted">{t('card_related_empty')}</p>
      ) : (
        <ul class="kx-plain-list">
          {articles.map((article) => (
            <li key={article.url}>
              <ExternalLink href={article.url}>{article.title}</ExternalLink>
              {(article.site || article.published) && (
                <span class="kx-muted">
                  {' · '}
                  {[article.site, article.published && formatPartialDate(article.published, lang)].filter(Boolean).join(', ')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
