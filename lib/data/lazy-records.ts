/**
 * The canonical record list (see `allRecords`) without unpacking 36,000 places up front: an array
 * view whose place rows are built when first read and then kept. Loading the dataset thus costs
 * little more than parsing it; the recognizer reads the few rows it names, and whatever needs
 * every record (search index, id map) unpacks them when it first runs, usually when idle.
 */
import type { DatasetEntities } from './dataset';
import { PlaceRows } from './pack';
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
  return view;
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
