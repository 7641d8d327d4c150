/** The UI language of cards, popup, side panel and this page. */
import type { UiLanguage } from '@/lib/storage/settings';
import { useT } from './i18n';

const CHOICES: readonly UiLanguage[] = ['auto', 'ru', 'en'];

export function LanguageSection({ value, onChange }: { value: UiLanguage; onChange(lang: UiLanguage): void }) {
  const { t } = useT();
  return (
    <section class="section" aria-labelledby="language-title">
      <h2 id="language-title">{t('options_section_language')}</h2>
      <label class="field">
        <span>{t('options_language_label')}</span>
        <select data-testid="ui-language" value={value} onChange={(e) => onChange(e.currentTarget.value as UiLanguage)}>
          {CHOICES.map((lang) => (
            <option key={lang} value={lang} lang={lang === 'auto' ? undefined : lang}>
              {t(`options_language_${lang}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
