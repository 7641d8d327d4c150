/** Short labels for an entity view, for lists that show many entities (recent lookups, chips). */
import type { EntityView } from '../data/views';
import { pickText, type UiLang } from './names';

/** The flag to show beside an entity: its own for a country, its country's otherwise. */
export function viewFlag(view: EntityView): string | undefined {
  const rec = view.record;
  if (rec.type === 'LOC' && rec.kind === 'country') return rec.country_facts?.flag;
  const country = 'country' in rec ? rec.country : undefined;
  return country ? view.refs[`country:${country}`]?.flag : undefined;
}

/** The entity's name in the UI language. */
export function viewName(view: EntityView, lang: UiLang): string {
  return pickText(view.record.name, lang);
}

/** Its country's name, when the view resolved it (not for a country itself). */
export function viewCountry(view: EntityView, lang: UiLang): string | undefined {
  const rec = view.record;
  if (rec.type === 'LOC' && rec.kind === 'country') return undefined;
  const country = 'country' in rec ? rec.country : undefined;
  const ref = country ? view.refs[`country:${country}`] : undefined;
  return ref ? pickText(ref.name, lang) : undefined;
}
