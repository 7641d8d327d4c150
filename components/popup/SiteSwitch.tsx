/** Kontext on/off for the current site, stored in the per-site switches. */
import { useEffect, useState } from 'preact/hooks';
import { withSite } from '@/lib/panel/support';
import { DEFAULT_PREFERENCES, isEnabledFor, preferences, siteSwitches, type Preferences } from '@/lib/storage/settings';
import { t } from '../panel/i18n';

export function SiteSwitch({ host }: { host: string | null }) {
  const [sites, setSites] = useState<Record<string, boolean>>({});
  const [prefs, setPrefs] = useState<Preferences>(DEFAULT_PREFERENCES);

  useEffect(() => {
    void siteSwitches.getValue().then(setSites);
    void preferences.getValue().then(setPrefs);
    const offSites = siteSwitches.watch((next) => setSites(next ?? {}));
    const offPrefs = preferences.watch((next) => setPrefs(next ?? DEFAULT_PREFERENCES));
    return () => {
      offSites();
      offPrefs();
    };
  }, []);

  const on = host !== null && isEnabledFor(prefs, sites, host);
  const toggle = async (next: boolean) => {
    if (!host) return;
    // Read-modify-write on the stored value: another window may have changed other sites meanwhile.
    await siteSwitches.setValue(withSite(await siteSwitches.getValue(), host, next));
  };

  return (
    <div class="site">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="site-switch"
          checked={on}
          disabled={!host || !prefs.enabled}
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        <span>{host ? t('popup_site_switch', host) : t('popup_site_none')}</span>
      </label>
      {!prefs.enabled && <p class="muted">{t('popup_off_everywhere')}</p>}
    </div>
  );
}
