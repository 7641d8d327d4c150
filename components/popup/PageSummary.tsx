/** What Kontext found on the current page, and the way into the side panel. */
import { countEntities } from '@/lib/panel/group';
import type { PageState } from '../panel/usePageContext';
import { t } from '../panel/i18n';
import { unsupportedText } from '../panel/PageNote';

interface PageSummaryProps {
  state: PageState;
  onOpenPanel(): void;
}

export function PageSummary({ state, onOpenPanel }: PageSummaryProps) {
  let text: string;
  let count = 0;
  if (state.status === 'loading') text = t('popup_page_loading');
  else if (state.status === 'unsupported') text = unsupportedText(state.reason);
  else if (state.status === 'unavailable') text = t('popup_page_unavailable');
  else {
    const counts = countEntities(state.context.entities);
    count = counts.entities;
    text = count
      ? t('popup_page_found', counts.byType.PER, counts.byType.LOC, counts.byType.ORG)
      : t('popup_page_nothing');
  }
  return (
    <section class="page">
      <p class="page__count" data-testid="page-count" data-count={count} role="status">
        {text}
      </p>
      <button type="button" class="button" data-testid="open-sidepanel" onClick={onOpenPanel}>
        {t('popup_open_panel')}
      </button>
    </section>
  );
}
