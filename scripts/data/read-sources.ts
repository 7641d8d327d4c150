/** Readers for the raw source files in the shared data directory (GeoNames, iso3166-2-db). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CountryRow {
  iso2: string;
  iso3: string;
  nameEn: string;
  capitalEn: string;
  areaKm2: number;
  population: number;
  continent: string;
  currencyCode: string;
  currencyName: string;
  phone: string;
  languages: string[];
  geonameid: string;
  neighbours: string[];
}

export interface Admin1Row {
  code: string; // CC.admin1
  name: string;
  ascii: string;
  geonameid: string;
}

export interface CityRow {
  geonameid: string;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
  modified: string;
}

export interface Iso3166Region {
  name: string;
  names: Record<string, string | undefined>;
  iso: string;
  admin?: string;
  reference: { geonames?: number | null; openstreetmap?: number | null };
}
export interface Iso3166Country {
  iso: string;
  names: Record<string, string | undefined>;
  regions: Iso3166Region[];
}

export interface RawSources {
  countries: CountryRow[];
  admin1: Admin1Row[];
  cities: CityRow[];
  countryNames: Record<string, Partial<Record<string, string>>>;
  iso3166: Record<string, Iso3166Country>;
  namesGeonames: Record<string, Record<string, string>>;
  namesOsm: Record<string, Record<string, string>>;
}

function tsvRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function list(cell: string | undefined): string[] {
  return (cell ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Reads every source file the build needs from `dir` (the shared data directory). */
export function readSources(dir: string): RawSources {
  const geo = join(dir, 'geonames-geobank');
  const iso = join(dir, 'iso3166-2-db');
  const countries = tsvRows(join(geo, 'countryInfo.tsv')).map((c): CountryRow => ({
    iso2: c[0]!,
    iso3: c[1]!,
    nameEn: c[4]!,
    capitalEn: (c[5] ?? '').trim(),
    areaKm2: Number(c[6]),
    population: Number(c[7]),
    continent: c[8]!,
    currencyCode: c[10] ?? '',
    currencyName: c[11] ?? '',
    phone: c[12] ?? '',
    languages: list(c[15]),
    geonameid: c[16]!,
    neighbours: list(c[17]),
  }));
  const admin1 = tsvRows(join(geo, 'admin1Codes.tsv')).map((r): Admin1Row => ({
    code: r[0]!,
    name: r[1]!,
    ascii: r[2]!,
    geonameid: r[3]!,
  }));
  const cities = tsvRows(join(geo, 'cities15000.txt')).map((r): CityRow => ({
    geonameid: r[0]!,
    name: r[1]!,
    ascii: r[2]!,
    alternates: list(r[3]),
    lat: Number(r[4]),
    lon: Number(r[5]),
    featureCode: r[7]!,
    country: r[8]!,
    admin1: r[10] ?? '',
    population: Number(r[14]),
    modified: r[18] ?? '',
  }));
  return {
    countries,
    admin1,
    cities,
    countryNames: readJson(join(geo, 'country_names.json')),
    iso3166: readJson(join(iso, 'iso3166-2.json')),
    namesGeonames: readJson(join(iso, 'names_geonames.json')),
    namesOsm: readJson(join(iso, 'names_osm.json')),
  };
}
