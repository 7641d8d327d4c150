/** Recent lookups (shown while the search box is empty), or a hint when there are none. */
import type { EntityView } from '@/lib/data/views';
import type { UiLang } from '@/lib/panel/names';
import { viewCountry, viewFlag, viewName } from '@/lib/panel/view-label';
import { t } from '../panel/i18n';

export function RecentList({ views, lang, onChoose }: { views: EntityView[]; lang: UiLang; onChoose(id: string): void }) {
  if (!views.length) return <p class="state" data-testid="search-hint">{t('popup_search_hint')}</p>;
  return (
    <section class="recent">
      <h2 class="section-title">{t('popup_recent')}</h2>
      <ul class="recent__list">
        {views.map((view) => (
          <li key={view.record.id}>
            <button type="button" class="recent__item" data-testid="recent-lookup" data-entity-id={view.record.id} onClick={() => onChoose(view.record.id)}>
              <span class="flag" aria-hidden="true">{viewFlag(view) ?? ''}</span>
              <span>{viewName(view, lang)}</span>
              {viewCountry(view, lang) && <span class="muted"> · {viewCountry(view, lang)}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
