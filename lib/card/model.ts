/**
 * Pure helpers that turn an EntityView into what a card shows: names in the UI language, roles split
 * into current and earlier, linked entities, outbound links. Components stay declarative.
 */
import type { EntityRecord, Links, LocalizedNames, Role } from '../data/types';
import type { EntityRef, EntityView } from '../data/views';
import type { Mention } from '../match/types';
import type { UiLang } from './i18n';

/** A name in the UI language, falling back to Russian, then English (curated records have both). */
export function nameIn(names: LocalizedNames, lang: UiLang): string {
  return names[lang] || names.ru || names.en;
}

/** The form the article uses, when it differs from the dataset name beyond case. */
export function articleForm(mention: Pick<Mention, 'text'> | undefined, displayName: string): string | null {
  if (!mention) return null;
  const text = mention.text.trim();
  return text && text.toLowerCase() !== displayName.toLowerCase() ? text : null;
}

/** Current roles (no `until`), most recent first; earlier roles, most recently ended first. */
export function splitRoles(roles: readonly Role[]): { current: Role[]; earlier: Role[] } {
  const byDesc = (key: (r: Role) => string | undefined) => (a: Role, b: Role) =>
    (key(b) ?? '').localeCompare(key(a) ?? '');
  return {
    current: roles.filter((r) => !r.until).sort(byDesc((r) => r.since)),
    earlier: roles.filter((r) => r.until).sort(byDesc((r) => r.until)),
  };
}

/** Resolved references for ids, skipping ids the view could not resolve. */
export function refsOf(view: EntityView, ids: readonly (string | undefined)[] | undefined): EntityRef[] {
  const out: EntityRef[] = [];
  for (const id of ids ?? []) {
    const ref = id ? view.refs[id] : undefined;
    if (ref && !out.some((r) => r.id === ref.id)) out.push(ref);
  }
  return out;
}

/** The entity id of a country (`country:KZ`) from its ISO code. */
export function countryId(iso2: string): string {
  return `country:${iso2.toUpperCase()}`;
}

/** The country reference of any record, when the view resolved it. */
export function countryRef(view: EntityView): EntityRef | undefined {
  const record = view.record;
  if (record.type === 'LOC' && record.kind === 'country') return undefined;
  return record.country ? view.refs[countryId(record.country)] : undefined;
}

export interface OutLink {
  key: 'wikiRu' | 'wikiEn' | 'website';
  href: string;
}

/** Wikipedia article URL for a title (titles, not URLs, are stored in the dataset). */
export function wikipediaUrl(lang: 'ru' | 'en', title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

/** Wikipedia full-text search for a name the dataset does not know. */
export function wikipediaSearchUrl(lang: UiLang, query: string): string {
  return `https://${lang}.wikipedia.org/w/index.php?search=${encodeURIComponent(query)}`;
}

/** Outbound links of a record, in the UI language's Wikipedia first. Only http(s) sites are kept. */
export function outLinks(links: Links | undefined, lang: UiLang): OutLink[] {
  if (!links) return [];
  const wiki: OutLink[] = [];
  if (links.wikiRu) wiki.push({ key: 'wikiRu', href: wikipediaUrl('ru', links.wikiRu) });
  if (links.wikiEn) wiki.push({ key: 'wikiEn', href: wikipediaUrl('en', links.wikiEn) });
  if (lang === 'en') wiki.reverse();
  const site = links.website && /^https?:\/\//i.test(links.website) ? [{ key: 'website' as const, href: links.website }] : [];
  return [...wiki, ...site];
}

/** True for a source that is a web address (shown as a link), not a citation. */
export function isUrl(source: string): boolean {
  return /^https?:\/\/\S+$/i.test(source.trim());
}

/** The record's name the card's "copy" button copies, in the UI language. */
export function copyableName(record: EntityRecord | null, mention: Pick<Mention, 'name'> | undefined, lang: UiLang): string {
  return record ? nameIn(record.name, lang) : (mention?.name ?? '');
}
