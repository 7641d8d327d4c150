/** One-line context for a search hit or chip: "город · Сербия", "Посол Казахстана в Сербии". */
import type { EntityRecord, LocalizedText } from '../data/types';

const PLACE_KIND: Record<string, LocalizedText> = {
  country: { ru: 'страна', en: 'country' },
  region: { ru: 'регион', en: 'region' },
  city: { ru: 'город', en: 'city' },
};
const ORG: LocalizedText = { ru: 'организация', en: 'organization' };
const PERSON: LocalizedText = { ru: 'персона', en: 'person' };

/** `countryName(iso2)` resolves a country's display names; unknown codes are left out. */
export function subtitle(rec: EntityRecord, countryName: (iso2: string) => LocalizedText | undefined): LocalizedText {
  const join = (a: LocalizedText, b: LocalizedText | undefined): LocalizedText =>
    b ? { ru: `${a.ru} · ${b.ru}`, en: `${a.en} · ${b.en}` } : a;
  switch (rec.type) {
    case 'LOC': {
      const kind = PLACE_KIND[rec.kind]!;
      if (rec.kind === 'country') return kind;
      const capital = rec.capital ? { ru: 'столица', en: 'capital' } : undefined;
      return join(capital ?? kind, countryName(rec.country));
    }
    case 'ORG': {
      const base = { ru: rec.short?.ru ?? rec.short?.en ?? ORG.ru, en: rec.short?.en ?? ORG.en };
      return join(base, rec.country ? countryName(rec.country) : undefined);
    }
    case 'PER': {
      const current = rec.roles.find((r) => r.until === undefined);
      return current ? current.title : join(PERSON, countryName(rec.country));
    }
  }
}
