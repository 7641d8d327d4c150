/**
 * The whole data build as one pure-ish function (reads files, returns file contents), so the CLI
 * entry writes them and tests can build into a temp directory and compare bytes.
 */
import { createHash } from 'node:crypto';
import { DATASET_FILES, type DatasetEntities, type DatasetManifest } from '../../lib/data/dataset';
import { allRecords, byNumericId, packPlaces } from '../../lib/data/pack';
import type { EntityRecord, PlaceRecord } from '../../lib/data/types';
import { countryHeads } from '../../lib/knowledge/heads';
import { collectFuzzyKeys, encodeFuzzyKeys } from '../../lib/match/fuzzy-keys';
import type { CompiledMatchIndex } from '../../lib/match/index-format';
import { buildFuzzyIndex } from '../../lib/search/fuzzy';
import { buildCities } from './cities';
import { buildCountries } from './countries';
import { readCurated } from './curated';
import { readSources } from './read-sources';
import { buildRegions } from './regions';
import { SOURCES } from './sources-meta';
import { stableStringify } from './stable-json';

export interface BuildOutput {
  /** File name → contents, in write order. */
  files: Record<string, string>;
  manifest: DatasetManifest;
  records: EntityRecord[];
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Most populous city per country among those passing `pick`. */
function perCountry(cities: PlaceRecord[], pick: (c: PlaceRecord) => boolean): Map<string, PlaceRecord> {
  const out = new Map<string, PlaceRecord>();
  for (const c of cities) {
    if (!pick(c)) continue;
    const prev = out.get(c.country);
    if (!prev || (c.population ?? 0) > (prev.population ?? 0)) out.set(c.country, c);
  }
  return out;
}

/** Newest date any fact reflects: GeoNames modification dates and curated `asOf`s. */
function newestDate(modified: string[], records: EntityRecord[]): string {
  let max = '';
  for (const d of modified) if (d > max) max = d;
  for (const r of records) {
    if (r.type === 'ORG' && r.asOf > max) max = r.asOf;
    if (r.type === 'PER') for (const role of r.roles) if (role.asOf > max) max = role.asOf;
  }
  return max;
}

/** The recognizer's index compiler (`lib/match/compile.ts`), passed in so a broken one can be reported. */
export type MatchCompiler = (entities: EntityRecord[]) => unknown;

/**
 * Builds every dataset file from the shared sources and the curated directory.
 * Without `compile` no match index is written (only while the recognizer is unavailable).
 */
export function assembleDataset(sourcesDir: string, curatedDir: string, compile?: MatchCompiler): BuildOutput {
  const raw = readSources(sourcesDir);
  const { people, orgs } = readCurated(curatedDir);
  const { regions, idByCode } = buildRegions(raw);
  const cities = buildCities(raw.cities, idByCode).sort(byNumericId);
  const capitals = perCountry(cities, (c) => c.capital === true);
  const countries = buildCountries(raw, capitals, perCountry(cities, () => true)).sort(byId);
  for (const c of countries) {
    const facts = c.country_facts!;
    const hos = countryHeads(people, c.country, 'head-of-state').map((h) => h.personId);
    const hog = countryHeads(people, c.country, 'head-of-government').map((h) => h.personId);
    if (hos.length > 0) facts.headOfState = [...new Set(hos)];
    if (hog.length > 0) facts.headOfGovernment = [...new Set(hog)];
  }
  const entities: DatasetEntities = {
    countries,
    regions: packPlaces(regions.sort(byNumericId)),
    cities: packPlaces(cities),
    people,
    orgs,
  };
  // The canonical order every index refers to is the unpacked order, so compile from that.
  const records = allRecords(entities);
  const body: Record<string, string> = {
    [DATASET_FILES.entities]: stableStringify(entities),
    [DATASET_FILES.search]: stableStringify(buildFuzzyIndex(records)),
  };
  if (compile) body[DATASET_FILES.match] = stableStringify(withFuzzyKeys(compile(records)));
  const hash = createHash('sha256');
  for (const [name, text] of Object.entries(body)) hash.update(name).update('\0').update(text);
  const counts: Record<string, number> = {
    countries: countries.length,
    regions: regions.length,
    cities: cities.length,
    people: people.length,
    orgs: orgs.length,
  };
  const manifest: DatasetManifest = {
    version: `${newestDate(raw.cities.map((c) => c.modified), records)}.${hash.digest('hex').slice(0, 8)}`,
    sources: SOURCES,
    counts,
    files: Object.fromEntries(Object.entries(body).map(([n, t]) => [n, Buffer.byteLength(t)])),
  };
  const files = { [DATASET_FILES.manifest]: `${JSON.stringify(manifest, null, 2)}\n`, ...body };
  return { files, manifest, records };
}

/**
 * Adds the recognizer's fuzzy keys (`fuzzy`: skeleton → refs by first letter) to a compiled match
 * index, so the first fuzzy query does not walk and transliterate every form key at run time.
 */
function withFuzzyKeys(compiled: unknown): unknown {
  const index = compiled as CompiledMatchIndex;
  return { ...index, fuzzy: encodeFuzzyKeys(collectFuzzyKeys(index)) };
}

/** Loads `compileMatchIndex` from the recognizer; undefined (with the reason logged) when it cannot load. */
export async function loadMatchCompiler(): Promise<MatchCompiler | undefined> {
  try {
    const mod = (await import('../../lib/match/compile')) as { compileMatchIndex?: MatchCompiler };
    return mod.compileMatchIndex;
  } catch (e) {
    console.warn(`match compiler unavailable: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}
