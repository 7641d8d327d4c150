/**
 * The chosen entity in the popup and side panel. Renders the shared hover card's body when the
 * card component exists (components/card), and this compact summary meanwhile.
 */
import type { EntityView } from '@/lib/data/views';
import type { UiLang } from '@/lib/panel/names';
import { pickText } from '@/lib/panel/names';
import { viewCountry, viewFlag, viewName } from '@/lib/panel/view-label';
import { t } from '../panel/i18n';

export function EntityDetails({ view, lang }: { view: EntityView; lang: UiLang }) {
  const rec = view.record;
  const flag = viewFlag(view);
  const country = viewCountry(view, lang);
  const facts: string[] = [];
  if (rec.type === 'PER') {
    for (const role of rec.roles.filter((r) => !r.until).slice(0, 3)) {
      facts.push(role.since ? `${pickText(role.title, lang)} (${t('popup_since', role.since)})` : pickText(role.title, lang));
    }
  } else if (rec.type === 'LOC') {
    facts.push(t(`popup_kind_${rec.kind}`));
    if (rec.population) facts.push(t('popup_population', rec.population.toLocaleString(lang)));
  } else {
    const short = rec.short?.[lang] ?? rec.short?.ru;
    if (short) facts.push(short);
  }
  return (
    <section class="entity" data-testid="entity-details" data-entity-id={rec.id} aria-live="polite">
      <h2 class="entity__name">
        {flag && <span class="flag" aria-hidden="true">{flag} </span>}
        {viewName(view, lang)}
      </h2>
      {country && <p class="entity__country">{country}</p>}
      <ul class="entity__facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
    </section>
  );
}
