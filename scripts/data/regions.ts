/** First-level regions: every row of GeoNames admin1Codes becomes a `region:<geonameid>` PlaceRecord. */
import type { PlaceRecord } from '../../lib/data/types';
import { latinToCyrillic, titleCase } from '../../lib/search/translit';
import { isCyrillic, pickAliases } from './names';
import type { CityRow, Iso3166Region, RawSources } from './read-sources';
import { REGION_OVERRIDES } from './tables/regions';

/** Russian name from iso3166-2-db (Wikipedia titles), then GeoNames, then OSM names. */
function sourceRussian(gid: string, iso: Iso3166Region | undefined, raw: RawSources): string | undefined {
  const osmId = iso?.reference.openstreetmap;
  const cands = [iso?.names.ru, raw.namesGeonames[gid]?.ru, osmId ? raw.namesOsm[String(osmId)]?.ru : undefined];
  // GeoNames capitalizes «Ошская Область»; Russian does not.
  return cands.find((c): c is string => !!c && isCyrillic(c))?.replace(/ Область$/, ' область');
}

/** The admin centre: the most populous PPLA city of the region. */
function centres(cities: CityRow[]): Map<string, CityRow> {
  const out = new Map<string, CityRow>();
  for (const c of cities) {
    if (c.featureCode !== 'PPLA') continue;
    const key = `${c.country}.${c.admin1}`;
    const prev = out.get(key);
    if (!prev || c.population > prev.population) out.set(key, c);
  }
  return out;
}

/** Builds region records, and the `CC.admin1` → region id map cities need. */
export function buildRegions(raw: RawSources): { regions: PlaceRecord[]; idByCode: Map<string, string> } {
  const isoByGid = new Map<string, Iso3166Region>();
  for (const c of Object.values(raw.iso3166)) {
    for (const r of c.regions) if (r.reference.geonames) isoByGid.set(String(r.reference.geonames), r);
  }
  const centre = centres(raw.cities);
  const idByCode = new Map<string, string>();
  const regions = raw.admin1.map((a) => {
    const iso = isoByGid.get(a.geonameid);
    const o = REGION_OVERRIDES[a.geonameid];
    const en = o?.en ?? a.name;
    const ru = o?.ru ?? sourceRussian(a.geonameid, iso, raw) ?? titleCase(latinToCyrillic(a.ascii));
    const alts = [...(o?.aliases ?? []), a.name, a.ascii, iso?.names.en, iso?.name, raw.namesGeonames[a.geonameid]?.en];
    const aliases = pickAliases([ru, en], alts.filter((s): s is string => !!s), 6);
    const id = `region:${a.geonameid}`;
    idByCode.set(a.code, id);
    const rec: PlaceRecord = { id, type: 'LOC', kind: 'region', name: { ru, en }, country: a.code.split('.')[0]! };
    if (aliases.length > 0) rec.aliases = aliases;
    const c = centre.get(a.code);
    if (c) rec.center = `city:${c.geonameid}`;
    return rec;
  });
  return { regions, idByCode };
}
