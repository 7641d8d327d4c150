/** What the panel says when it has no article to show, and why. */
import type { UnsupportedReason } from '@/lib/panel/support';
import { t } from './i18n';
import type { PageState } from './usePageContext';

/** One sentence on why a page cannot be annotated. */
export function unsupportedText(reason: UnsupportedReason): string {
  return t(`panel_unsupported_${reason}`);
}

export function PageNote({ state }: { state: Exclude<PageState, { status: 'ready' }> }) {
  if (state.status === 'loading') return <p class="state" role="status">{t('popup_page_loading')}</p>;
  const text = state.status === 'unsupported' ? unsupportedText(state.reason) : t('panel_unavailable');
  return (
    <p class="state state--note" data-testid="panel-note" data-reason={state.status === 'unsupported' ? state.reason : 'unavailable'} role="status">
      {text}
    </p>
  );
}
