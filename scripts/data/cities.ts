/** Cities: every row of GeoNames cities15000 becomes a `city:<geonameid>` PlaceRecord. */
import type { PlaceRecord } from '../../lib/data/types';
import { latinToCyrillic, titleCase } from '../../lib/search/translit';
import { pickAliases, pickRussian } from './names';

// A runner-up with letters of another alphabet is no Russian spelling worth keeping.
const NON_RUSSIAN_ALIAS = /[Ӏӏҕҥӧӱӓӹәғқңөұүһіїєґў]/i;
import type { CityRow } from './read-sources';
import { CITY_OVERRIDES } from './tables/cities';

/** How many alternate names a city keeps: big cities are written in more ways, and searched more. */
function aliasBudget(population: number): number {
  if (population >= 1_000_000) return 6;
  if (population >= 300_000) return 3;
  if (population >= 100_000) return 2;
  return 1;
}

/** Below this, Latin alternates (mostly other languages' spellings) are not shipped. */
const LATIN_ALIAS_MIN_POPULATION = 300_000;

/** Three decimals is about 100 m: plenty for a locator map, and it keeps the file small. */
export function round3(x: number): number {
  return Math.round(x * 1e3) / 1e3;
}

/**
 * Builds city records. `regionIdByCode` maps `CC.admin1` to `region:<geonameid>`.
 */
export function buildCities(rows: CityRow[], regionIdByCode: Map<string, string>): PlaceRecord[] {
  const ids = new Set(rows.map((r) => r.geonameid));
  for (const id of Object.keys(CITY_OVERRIDES)) {
    if (!ids.has(id)) throw new Error(`city override for unknown geonameid ${id}`);
  }
  return rows.map((r) => {
    const o = CITY_OVERRIDES[r.geonameid];
    const en = o?.en ?? r.name;
    const ru = o?.ru ?? pickRussian(r.alternates, latinToCyrillic(r.ascii), r.country) ?? titleCase(latinToCyrillic(r.ascii));
    const extra = [...(o?.aliases ?? [])];
    // The spelling the letters alone prefer stays an alias when the transliteration picked another
    // («Аральск» beside the official «Арал»): Russian-language media use both.
    const byLetters = o?.ru ? undefined : pickRussian(r.alternates, undefined, r.country);
    if (byLetters && byLetters !== ru && !NON_RUSSIAN_ALIAS.test(byLetters)) extra.push(byLetters);
    if (r.ascii !== en) extra.push(r.ascii);
    if (o?.en && r.name !== o.en) extra.push(r.name);
    const alts = pickAliases([ru, en], r.alternates, aliasBudget(r.population), r.population >= LATIN_ALIAS_MIN_POPULATION);
    // Curated aliases always ship; alternates fill the budget after them.
    const aliases = pickAliases([ru, en], [...extra, ...alts], extra.length + alts.length);
    const rec: PlaceRecord = { id: `city:${r.geonameid}`, type: 'LOC', kind: 'city', name: { ru, en }, country: r.country };
    if (aliases.length > 0) rec.aliases = aliases;
    const region = regionIdByCode.get(`${r.country}.${r.admin1}`);
    if (region) rec.region = region;
    rec.lat = round3(r.lat);
    rec.lon = round3(r.lon);
    if (r.population > 0) rec.population = r.population;
    if (r.featureCode === 'PPLC') rec.capital = true;
    if (r.featureCode === 'PPLA') rec.adminCenter = true;
    return rec;
  });
}
