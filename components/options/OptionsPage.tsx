/** The options page: every setting Kontext has, saved as soon as it changes (sync storage where available). */
import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { customEntities, DEFAULT_PREFERENCES, preferences, resetSettings, siteSwitches, type Preferences } from '@/lib/storage/settings';
import { pickUiLang } from '@/lib/card/i18n';
import { sendRequest } from '@/lib/messaging/send';
import { toBackground } from './bg';
import { LangContext, translator } from './i18n';
import { useStored } from './useSettings';
import { HighlightSection } from './HighlightSection';
import { LanguageSection } from './LanguageSection';
import { SitesSection } from './SitesSection';
import { CustomSection } from './CustomSection';
import { AboutSection } from './AboutSection';
import { ResetSection } from './ResetSection';
import { HistorySection } from './HistorySection';
import { FeedsSection } from './FeedsSection';

/** Applies a change to the latest stored value (not a render's snapshot), so quick edits never undo each other. */
async function updatePreferences(change: Partial<Preferences>): Promise<void> {
  const current = await preferences.getValue();
  await preferences.setValue({ ...current, ...change });
}

const loadDatasetInfo = () => sendRequest(toBackground, { type: 'ui→bg:dataset-info' });

export function OptionsPage({ browserLanguage }: { browserLanguage: string }) {
  const prefs = useStored(preferences);
  const sites = useStored(siteSwitches);
  const custom = useStored(customEntities);
  const lang = pickUiLang(prefs?.uiLanguage ?? 'auto', browserLanguage);
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const update = useCallback((change: Partial<Preferences>) => void updatePreferences(change), []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t('options_title');
  }, [lang, i18n]);

  if (!prefs || !sites) return null; // one storage read; rendering defaults first would flash wrong values
  return (
    <LangContext.Provider value={i18n}>
      <main class="page" data-testid="options">
        <h1>{i18n.t('options_title')}</h1>
        <HighlightSection prefs={{ ...DEFAULT_PREFERENCES, ...prefs }} update={update} />
        <LanguageSection value={prefs.uiLanguage} onChange={(uiLanguage) => update({ uiLanguage })} />
        <SitesSection sites={sites} onChange={(next) => void siteSwitches.setValue(next)} />
        <CustomSection entities={custom ?? []} />
        <HistorySection />
        <FeedsSection />
        <AboutSection load={loadDatasetInfo} />
        <ResetSection onReset={resetSettings} />
      </main>
    </LangContext.Provider>
  );
}
