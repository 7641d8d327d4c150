/** The per-site list: every site switched on or off by hand, editable (add, toggle, remove). */
import { useState } from 'preact/hooks';
import { normalizeHost, sortedSites } from '@/lib/storage/site-host';
import { useT } from './i18n';

interface Props {
  sites: Record<string, boolean>;
  onChange(next: Record<string, boolean>): void;
}

export function SitesSection({ sites, onChange }: Props) {
  const { t } = useT();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const list = sortedSites(sites);

  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(draft);
    setInvalid(host === null);
    if (!host) return;
    // A site is added switched off: "on" is what every site not in the list already is.
    onChange({ ...sites, [host]: false });
    setDraft('');
  };
  const remove = (host: string) => {
    const { [host]: _removed, ...rest } = sites;
    onChange(rest);
  };

  return (
    <section class="section" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_section_sites')}</h2>
      <p class="hint">{t('options_sites_hint')}</p>
      <form class="row" onSubmit={add}>
        <label class="field field--grow">
          <span>{t('options_site_add_label')}</span>
          <input
            type="text"
            inputMode="url"
            data-testid="site-input"
            value={draft}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'site-invalid' : undefined}
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              setInvalid(false);
            }}
          />
        </label>
        <button type="submit" data-testid="site-add">
          {t('options_site_add')}
        </button>
      </form>
      {invalid && (
        <p id="site-invalid" class="error" role="alert">
          {t('options_site_invalid')}
        </p>
      )}
      {list.length === 0 ? (
        <p class="hint">{t('options_sites_empty')}</p>
      ) : (
        <ul class="list" data-testid="site-list">
          {list.map(([host, on]) => (
            <li class="list__item" key={host} data-testid="site-item" data-host={host}>
              <span class="list__main">{host}</span>
              <label class="check">
                <input type="checkbox" data-testid="site-toggle" checked={on} onChange={(e) => onChange({ ...sites, [host]: e.currentTarget.checked })} />
                {t('options_site_on')}
              </label>
              <button type="button" class="link-button" data-testid="site-remove" aria-label={t('options_site_remove', host)} onClick={() => remove(host)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
