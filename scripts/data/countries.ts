/** Countries: every current ISO 3166-1 row of GeoNames countryInfo becomes a `country:<ISO2>` PlaceRecord. */
import type { CountryFacts, NameLang, PlaceRecord } from '../../lib/data/types';
import { searchKey } from '../../lib/search/keys';
import type { RawSources } from './read-sources';
import { COUNTRY_ALIASES, COUNTRY_DISPLAY } from './tables/country-aliases';
import { DEMONYMS } from './tables/demonyms';

/** Codes GeoNames still lists but ISO 3166-1 withdrew (Serbia and Montenegro, Netherlands Antilles). */
const WITHDRAWN = new Set(['CS', 'AN']);
const EXTRA_LANGS: NameLang[] = ['kk', 'ky', 'tg', 'uz', 'sr', 'uk', 'be'];

/** Flag emoji: each letter of the ISO code as a regional indicator symbol. */
export function flagEmoji(iso2: string): string {
  return String.fromCodePoint(...[...iso2.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

function dedupe(names: string[], taken: string[]): string[] {
  const seen = new Set(taken.map(searchKey));
  const out: string[] = [];
  for (const n of names) {
    const k = searchKey(n);
    if (k.length === 0 || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

/**
 * Builds country records. `capitals` maps ISO2 → the capital city record (PPLC), `largest` → the
 * most populous city;
 * head ids come from curated people and are filled in later by `deriveCountryHeads`.
 */
export function buildCountries(
  raw: RawSources,
  capitals: Map<string, PlaceRecord>,
  largest: Map<string, PlaceRecord>,
): PlaceRecord[] {
  return raw.countries
    .filter((c) => !WITHDRAWN.has(c.iso2))
    .map((c) => {
      const iso = raw.iso3166[c.iso2];
      const cn = raw.countryNames[c.geonameid] ?? {};
      const disp = COUNTRY_DISPLAY[c.iso2] ?? {};
      const ru = disp.ru ?? iso?.names.ru ?? cn.ru ?? c.nameEn;
      const en = disp.en ?? c.nameEn;
      const name: PlaceRecord['name'] = { ru, en };
      for (const lang of EXTRA_LANGS) {
        const v = cn[lang];
        if (v) name[lang] = v;
      }
      const alts = [...(COUNTRY_ALIASES[c.iso2] ?? []), cn.ru, cn.en, iso?.names.en, iso?.names.ru, iso?.names.geonames];
      const aliases = dedupe(alts.filter((s): s is string => !!s), [ru, en]);
      const capital = capitals.get(c.iso2);
      const facts: CountryFacts = {
        iso3: c.iso3,
        flag: flagEmoji(c.iso2),
        continent: c.continent,
        languages: c.languages,
        neighbours: c.neighbours,
      };
      if (capital) facts.capital = capital.id;
      if (c.areaKm2 > 0) facts.areaKm2 = c.areaKm2;
      if (c.currencyCode) facts.currency = { code: c.currencyCode, name: c.currencyName };
      if (c.phone) facts.callingCode = c.phone.startsWith('+') ? c.phone : `+${c.phone}`;
      const dem = DEMONYMS[c.iso2];
      if (dem) facts.demonyms = dem;
      const rec: PlaceRecord = { id: `country:${c.iso2}`, type: 'LOC', kind: 'country', name, country: c.iso2 };
      if (aliases.length > 0) rec.aliases = aliases;
      // Locate the country at its capital, or at its largest city when it has none (Antarctica has neither).
      const anchor = capital ?? largest.get(c.iso2);
      if (anchor?.lat !== undefined) {
        rec.lat = anchor.lat;
        rec.lon = anchor.lon;
      }
      if (c.population > 0) rec.population = c.population;
      rec.country_facts = facts;
      return rec;
    });
}
