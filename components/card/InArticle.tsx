import type { Mention } from '@/lib/match/types';
import type { Translate } from '@/lib/card/i18n';

/**
 * What the article itself says: the role it gives the person, and how many times the name occurs.
 * Shown first because it is the reader's immediate context, whatever the dataset says.
 */
export function InArticle({ mention, mentionCount, t }: { mention?: Mention; mentionCount?: number; t: Translate }) {
  if (!mention?.role && !mentionCount) return null;
  return (
    <section class="kx-in-article" aria-label={t('card_in_article')}>
      {mention?.role && (
        <p class="kx-in-article__role">
          <span class="kx-in-article__label">{t('card_in_article')}:</span> {mention.role}
        </p>
      )}
      {!!mentionCount && mentionCount > 1 && <p class="kx-muted">{t('card_mentions', mentionCount)}</p>}
    </section>
  );
}
