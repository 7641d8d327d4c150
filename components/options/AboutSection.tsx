/** "About the data": dataset version, what it contains, and every source with its licence. */
import { useEffect, useState } from 'preact/hooks';
import type { DatasetInfo } from '@/lib/messaging/protocol';
import { useT } from './i18n';

export function AboutSection({ load }: { load: () => Promise<DatasetInfo> }) {
  const { t, lang } = useT();
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load().then(setInfo, () => setFailed(true));
  }, [load]);
  const n = (key: string) => (info?.counts[key] ?? 0).toLocaleString(lang);
  return (
    <section class="section" aria-labelledby="about-title" data-testid="about">
      <h2 id="about-title">{t('options_section_about')}</h2>
      {failed && <p class="error">{t('options_about_error')}</p>}
      {!info && !failed && <p class="hint">{t('options_about_loading')}</p>}
      {info && (
        <>
          <p data-testid="dataset-version">{t('options_about_version', info.version)}</p>
          <p>{t('options_about_counts', n('countries'), n('regions'), n('cities'), n('people'), n('orgs'))}</p>
          <h3>{t('options_about_sources')}</h3>
          <ul class="sources" data-testid="sources">
            {info.sources.map((s) => (
              <li key={s.name}>
                {s.url && /^https:\/\//.test(s.url) ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.name}
                  </a>
                ) : (
                  s.name
                )}
                {' — '}
                <span class="licence">{s.licence}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="hint">{t('options_about_local')}</p>
    </section>
  );
}
