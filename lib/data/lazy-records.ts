/**
 * The canonical record list (see `allRecords`) without unpacking 36,000 places up front: an array
 * view whose place rows are built when first read and then kept. Loading the dataset thus costs
 * little more than parsing it; the recognizer reads the few rows it names, and whatever needs
 * every record (search index, id map) unpacks them when it first runs, usually when idle.
 */
import type { DatasetEntities } from './dataset';
import { PlaceRows, placeIds } from './pack';
import type { EntityRecord } from './types';

const INDEX_RE = /^(?:0|[1-9]\d*)$/;

/** A read-only array of every record in canonical order, place rows unpacked on first access. */
export function lazyRecords(e: DatasetEntities): readonly EntityRecord[] {
  // Column splitting is deferred too: the first read of a region or city pays for its kind.
  let regions: PlaceRows | undefined;
  let cities: PlaceRows | undefined;
  const nRegions = e.regions.id.length;
  const nCities = e.cities.id.length;
  const head = e.countries.length;
  const tail: EntityRecord[] = [...e.people, ...e.orgs];
  const length = head + nRegions + nCities + tail.length;
  const cache: (EntityRecord | undefined)[] = new Array<EntityRecord | undefined>(length);

  const at = (i: number): EntityRecord | undefined => {
    if (i < 0 || i >= length) return undefined;
    const hit = cache[i];
    if (hit) return hit;
    let rec: EntityRecord;
    if (i < head) rec = e.countries[i]!;
    else if (i < head + nRegions) rec = (regions ??= new PlaceRows(e.regions, 'region')).row(i - head);
    else if (i < head + nRegions + nCities) rec = (cities ??= new PlaceRows(e.cities, 'city')).row(i - head - nRegions);
    else rec = tail[i - head - nRegions - nCities]!;
    cache[i] = rec;
    return rec;
  };

  // A Proxy over an empty array of the right length: index reads go through `at`, and array
  // methods (map, filter, for…of) see every index as present, so it behaves as the full array.
  const target = new Array<EntityRecord>(length);
  const view = new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'string' && INDEX_RE.test(prop)) return at(Number(prop));
      return Reflect.get(t, prop, receiver) as unknown;
    },
    has(t, prop) {
      if (typeof prop === 'string' && INDEX_RE.test(prop)) return Number(prop) < length;
      return Reflect.has(t, prop);
    },
    set: () => false,
  });
  readers.set(view, at);
  layouts.set(view, {
    at,
    people: [head + nRegions + nCities, head + nRegions + nCities + e.people.length],
    countries: [0, head],
    ordinals: () => ordinalsById(e, tail),
  });
  return view;
}

/** Where a lazy view's groups are, and how to find an ordinal without unpacking every place. */
interface Layout {
  at: (i: number) => EntityRecord | undefined;
  people: [number, number];
  countries: [number, number];
  ordinals: () => Map<string, number>;
}
const layouts = new WeakMap<readonly EntityRecord[], Layout>();

/**
 * Ordinals by id for the records stored whole (countries, people, organizations), and by
 * `kind:number` for places read off their id columns: no place row is unpacked.
 */
function ordinalsById(e: DatasetEntities, tail: readonly EntityRecord[]): Map<string, number> {
  const out = new Map<string, number>();
  let at = 0;
  for (const r of e.countries) out.set(r.id, at++);
  for (const [kind, cols] of [['region', e.regions], ['city', e.cities]] as const) for (const id of placeIds(cols)) out.set(`${kind}:${id}`, at++);
  for (const r of tail) out.set(r.id, at++);
  return out;
}

/**
 * A lookup of records by id. For a lazy view it reads the id columns once (no place is unpacked
 * until it is asked for); the first card on a fresh background no longer waits for all 36,000
 * places to be built. Any other array is indexed as it is.
 */
export function idLookup(records: readonly EntityRecord[]): (id: string) => EntityRecord | undefined {
  const layout = layouts.get(records);
  if (layout) {
    const ordinals = layout.ordinals();
    return (id) => {
      const i = ordinals.get(id);
      return i === undefined ? undefined : layout.at(i);
    };
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  return (id) => byId.get(id);
}

/** The people, or the countries, of `records`: for a lazy view without reading any place row. */
export function recordsOf(records: readonly EntityRecord[], group: 'people' | 'countries'): EntityRecord[] {
  const layout = layouts.get(records);
  if (!layout) return records.filter((r) => (group === 'people' ? r.type === 'PER' : r.type === 'LOC' && r.kind === 'country'));
  const [start, end] = layout[group];
  const out: EntityRecord[] = [];
  for (let i = start; i < end; i++) out.push(layout.at(i)!);
  return out;
}

/** Each lazy view's own reader: the Proxy parses every index it is read with. */
const readers = new WeakMap<readonly EntityRecord[], (i: number) => EntityRecord | undefined>();

/**
 * A reader of `records[i]`: a lazy view's own (no property-name parsing per read, which the
 * recognizer pays for every id and name it reports) or plain indexing for any other array.
 */
export function recordReader(records: readonly EntityRecord[]): (i: number) => EntityRecord | undefined {
  return readers.get(records) ?? ((i) => records[i]);
}
