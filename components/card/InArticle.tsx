import type { Mention } from '@/lib/match/types';
import type { Translate } from '@/lib/card/i18n';

/**
 * What the article itself says: the role it gives the person (highlighted, because it is the
 * reader's immediate context whatever the dataset says) and how often the name occurs.
 */
export function InArticle({ mention, mentionCount, t }: { mention?: Mention; mentionCount?: number; t: Translate }) {
  const count = mentionCount && mentionCount > 1 ? <p class="kx-muted kx-mentions">{t('card_mentions', mentionCount)}</p> : null;
  if (!mention?.role) return count;
  return (
    <section class="kx-in-article" aria-label={t('card_in_article')}>
      <p class="kx-in-article__role">
        <span class="kx-in-article__label">{t('card_in_article')}:</span> {mention.role}
      </p>
      {count}
    </section>
  );
}
