/**
 * Column packing for places: the build packs, the loader unpacks; `unpack(pack(x))` equals `x`.
 * 32,000 cities as JSON objects would take 5 MB; as columns (delta-coded ids, coordinates as
 * integer hundredths, country codes concatenated, references through a small table) they take
 * about a third of that.
 */
import type { DatasetEntities, PlaceColumns } from './dataset';
import type { EntityRecord, PlaceRecord } from './types';

const SEP = '\n';
const ALIAS_SEP = '|';
const FLAG_CAPITAL = 1;
const FLAG_ADMIN_CENTER = 2;
/**
 * Coordinates are stored as integer hundredths of a degree (about 1 km): plenty for a locator map,
 * and one digit shorter per number than thousandths.
 */
const COORD_SCALE = 100;
/** Width of one row's code in the `ref` column (base 36, so up to 46,655 distinct references). */
const REF_WIDTH = 3;
const NO_REF = '0'.repeat(REF_WIDTH);

function gid(id: string | undefined): number {
  return id ? Number(id.slice(id.indexOf(':') + 1)) : 0;
}

function checkText(s: string): string {
  if (s.includes(SEP) || s.includes(ALIAS_SEP)) throw new Error(`name contains a separator: ${JSON.stringify(s)}`);
  return s;
}

/** Packs places of one kind (all cities, or all regions), which must be sorted by numeric id. */
export function packPlaces(places: readonly PlaceRecord[]): PlaceColumns {
  let prev = 0;
  const cols: PlaceColumns = { id: [], ru: '', en: '', aliases: '', country: '', refs: [], ref: '', lat: [], lon: [], population: [], flags: '' };
  // Thousands of cities share a few thousand regions: each row stores a short code into a table
  // of the distinct referenced ids instead of a 7-digit id.
  const refIds = [...new Set(places.map(refOf).filter((r) => r > 0))].sort((a, b) => a - b);
  if (refIds.length >= 36 ** REF_WIDTH) throw new Error(`too many distinct references: ${refIds.length}`);
  const refCode = new Map(refIds.map((r, i) => [r, (i + 1).toString(36).padStart(REF_WIDTH, '0')]));
  cols.refs = refIds.map((r, i) => r - (i > 0 ? refIds[i - 1]! : 0));
  const ru: string[] = [];
  const en: string[] = [];
  const aliases: string[] = [];
  for (const p of places) {
    const id = gid(p.id);
    if (id <= prev) throw new Error(`places not sorted by numeric id at ${p.id}`);
    cols.id.push(id - prev);
    prev = id;
    ru.push(checkText(p.name.ru));
    en.push(p.name.en === p.name.ru ? '' : checkText(p.name.en));
    aliases.push((p.aliases ?? []).map(checkText).join(ALIAS_SEP));
    cols.country += p.country;
    cols.ref += refCode.get(refOf(p)) ?? NO_REF;
    cols.lat.push(p.lat === undefined ? 0 : Math.round(p.lat * COORD_SCALE));
    cols.lon.push(p.lon === undefined ? 0 : Math.round(p.lon * COORD_SCALE));
    cols.population.push(p.population ?? 0);
    cols.flags += String((p.capital ? FLAG_CAPITAL : 0) | (p.adminCenter ? FLAG_ADMIN_CENTER : 0));
  }
  cols.ru = ru.join(SEP);
  cols.en = en.join(SEP);
  cols.aliases = aliases.join(SEP);
  return cols;
}

/** The places' GeoNames ids, stored as differences from the one before. */
export function placeIds(cols: Pick<PlaceColumns, 'id'>): Int32Array {
  const ids = new Int32Array(cols.id.length);
  let id = 0;
  cols.id.forEach((d, i) => (ids[i] = id += d));
  return ids;
}

/** Columns split into rows once, so single rows can be unpacked on demand. */
export class PlaceRows {
  private readonly ru: string[];
  private readonly en: string[];
  private readonly aliases: string[];
  private readonly ids: Int32Array;
  private readonly refIds: number[] = [];

  constructor(
    private readonly cols: PlaceColumns,
    private readonly kind: 'city' | 'region',
  ) {
    this.ru = cols.ru.split(SEP);
    this.en = cols.en.split(SEP);
    this.aliases = cols.aliases.split(SEP);
    this.ids = placeIds(cols);
    for (const d of cols.refs) this.refIds.push((this.refIds[this.refIds.length - 1] ?? 0) + d);
  }

  get length(): number {
    return this.ids.length;
  }

  /** Row `i` as a record; optional fields are omitted when empty, as the build writes them. */
  row(i: number): PlaceRecord {
    const { cols, kind } = this;
    const nameRu = this.ru[i]!;
    const rec: PlaceRecord = { id: `${kind}:${this.ids[i]!}`, type: 'LOC', kind, name: { ru: nameRu, en: this.en[i] || nameRu }, country: cols.country.slice(2 * i, 2 * i + 2) };
    const al = this.aliases[i];
    if (al) rec.aliases = al.split(ALIAS_SEP);
    const code = parseInt(cols.ref.slice(REF_WIDTH * i, REF_WIDTH * (i + 1)), 36);
    const ref = code > 0 ? this.refIds[code - 1] : undefined;
    if (ref) {
      if (kind === 'city') rec.region = `region:${ref}`;
      else rec.center = `city:${ref}`;
    }
    const lat = cols.lat[i]!;
    const lon = cols.lon[i]!;
    if (lat !== 0 || lon !== 0) {
      rec.lat = lat / COORD_SCALE;
      rec.lon = lon / COORD_SCALE;
    }
    const pop = cols.population[i];
    if (pop) rec.population = pop;
    const flags = Number(cols.flags[i]);
    if (flags & FLAG_CAPITAL) rec.capital = true;
    if (flags & FLAG_ADMIN_CENTER) rec.adminCenter = true;
    return rec;
  }
}

/** Unpacks columns back into records; optional fields are omitted when empty, as the build writes them. */
export function unpackPlaces(cols: PlaceColumns, kind: 'city' | 'region'): PlaceRecord[] {
  const rows = new PlaceRows(cols, kind);
  return Array.from({ length: rows.length }, (_, i) => rows.row(i));
}

/** The geonameid a place refers to: a city's region, a region's centre (0 = none). */
function refOf(p: PlaceRecord): number {
  return gid(p.kind === 'city' ? p.region : p.center);
}

/** Numeric-id order for packing (`city:10` after `city:9`). */
export function byNumericId(a: PlaceRecord, b: PlaceRecord): number {
  return gid(a.id) - gid(b.id);
}

/**
 * All records in the canonical order every index refers to by ordinal:
 * countries, regions, cities (by numeric id), people, organizations (by id).
 */
export function allRecords(e: DatasetEntities): EntityRecord[] {
  return [...e.countries, ...unpackPlaces(e.regions, 'region'), ...unpackPlaces(e.cities, 'city'), ...e.people, ...e.orgs];
}
