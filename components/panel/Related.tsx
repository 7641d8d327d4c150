/** Related articles for the article as a whole (the related-article store is a later issue). */
import { t } from './i18n';

export function Related() {
  return (
    <section class="related" data-testid="related">
      <h2 class="section-title">{t('panel_related')}</h2>
      <p class="state">{t('panel_related_empty')}</p>
    </section>
  );
}
