/** Reset to defaults, behind a confirmation: it cannot be undone. */
import { useState } from 'preact/hooks';
import { useT } from './i18n';

export function ResetSection({ onReset }: { onReset: () => Promise<void> }) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <section class="section" aria-labelledby="reset-title">
      <h2 id="reset-title">{t('options_section_reset')}</h2>
      <p class="hint">{t('options_reset_hint')}</p>
      {!asking ? (
        <button type="button" data-testid="reset" onClick={() => (setAsking(true), setDone(false))}>
          {t('options_reset')}
        </button>
      ) : (
        <div class="row" role="group" aria-label={t('options_reset_confirm')}>
          <span>{t('options_reset_confirm')}</span>
          <button
            type="button"
            class="danger"
            data-testid="reset-confirm"
            onClick={() => void onReset().then(() => (setAsking(false), setDone(true)))}
          >
            {t('options_reset_yes')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('options_cancel')}
          </button>
        </div>
      )}
      {done && (
        <p class="hint" role="status">
          {t('options_reset_done')}
        </p>
      )}
    </section>
  );
}
