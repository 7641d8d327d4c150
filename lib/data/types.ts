/**
 * The shapes of Kontext's reference data.
 *
 * Curated records (people, organizations) are written by hand in `assets/curated/**.jsonl`
 * (one JSON object per line, sorted by id). Places are generated from `../shared/data` by
 * `scripts/data/build.ts`. Everything is compiled into one runtime dataset under
 * `assets/dataset/`.
 */

export type EntityType = 'PER' | 'LOC' | 'ORG';

/** Language codes we carry names for. `ru` and `en` are required on curated records. */
export type NameLang = 'ru' | 'en' | 'kk' | 'ky' | 'tg' | 'uz' | 'sr' | 'uk' | 'be';

export type LocalizedNames = { ru: string; en: string } & Partial<Record<NameLang, string>>;
export type LocalizedText = { ru: string; en: string };

/**
 * A date as precise as we know it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export type PartialDate = string;

/** What kind of post a role is; lets the build derive heads of state/government for countries. */
export type RoleKind =
  | 'head-of-state'
  | 'head-of-government'
  | 'foreign-minister'
  | 'minister'
  | 'deputy-minister'
  | 'legislature-chair'
  | 'ambassador'
  | 'regional-head'
  | 'org-head'
  | 'other';

export interface Role {
  title: LocalizedText;
  kind: RoleKind;
  /** Organization entity id (`org:…`) the post belongs to, when curated. */
  org?: string;
  /** ISO 3166-1 alpha-2 of the country the post belongs to (for ambassadors: the sending country). */
  country?: string;
  /** Region entity id (`region:<geonameid>`) for regional posts such as akims or provincial premiers. */
  region?: string;
  since?: PartialDate;
  /** Absent while the role is current (as of `asOf`). */
  until?: PartialDate;
  /** The date this fact reflects (YYYY-MM-DD). */
  asOf: string;
  /** Where the fact comes from: a URL, an article, or "editor knowledge (as of YYYY-MM)". */
  source: string;
}

export interface Links {
  /** Wikipedia article titles, not URLs. */
  wikiRu?: string;
  wikiEn?: string;
  website?: string;
}

export interface PersonRecord {
  id: string; // person:<latin-slug>
  type: 'PER';
  /** Display names, given name first («Валихан Туреханов», "Valikhan Turekhanov"). */
  name: LocalizedNames;
  /**
   * The family name inside `name.ru` / `name.en` when it is not the last word
   * (e.g. «Си» in «Си Цзиньпин»); omitted for the usual «Имя [Отчество] Фамилия».
   */
  family?: Partial<Record<'ru' | 'en', string>>;
  /** Patronymic in Russian, when known («Кемелевич»). */
  patronymic?: string;
  gender: 'm' | 'f';
  /** Other surface forms in any script: transliterations, maiden names, full forms. */
  aliases?: string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  roles: Role[];
  born?: PartialDate;
  links?: Links;
}

export type OrgKind =
  | 'international'
  | 'ministry'
  | 'state-body'
  | 'legislature'
  | 'court'
  | 'company'
  | 'holding'
  | 'bank'
  | 'media'
  | 'party'
  | 'ngo'
  | 'university'
  | 'other';

export interface OrganizationRecord {
  id: string; // org:<latin-slug>
  type: 'ORG';
  /** Full official names. */
  name: LocalizedNames;
  /** Abbreviations / short names («МИД РК», "MFA"). */
  short?: Partial<Record<NameLang, string>>;
  aliases?: string[];
  kind: OrgKind;
  /** ISO 3166-1 alpha-2; absent for international organizations. */
  country?: string;
  /** Parent organization id, e.g. a UN agency → `org:un`. */
  parent?: string;
  founded?: PartialDate;
  /** City entity id of the headquarters (`city:<geonameid>`), when known. */
  hq?: string;
  links?: Links;
  /** When and where the facts on this record come from. */
  asOf: string;
  source: string;
}

export type PlaceKind = 'country' | 'region' | 'city';

export interface PlaceRecord {
  id: string; // country:KZ | region:<geonameid> | city:<geonameid>
  type: 'LOC';
  kind: PlaceKind;
  name: LocalizedNames;
  aliases?: string[];
  /** ISO 3166-1 alpha-2 of the country (the country itself for kind=country). */
  country: string;
  /** For cities: the first-level region id. */
  region?: string;
  lat?: number;
  lon?: number;
  population?: number;
  /** City is the national capital. */
  capital?: boolean;
  /** City is the seat of its first-level region. */
  adminCenter?: boolean;
  /** For regions: the admin centre city id, when known. */
  center?: string;
  country_facts?: CountryFacts;
  links?: Links;
}

export interface CountryFacts {
  iso3: string;
  flag: string; // emoji
  capital?: string; // city id
  areaKm2?: number;
  continent: string;
  languages: string[]; // BCP 47 codes as in GeoNames
  currency?: { code: string; name: string };
  callingCode?: string;
  neighbours: string[]; // ISO2
  headOfState?: string[]; // person ids, derived from roles
  headOfGovernment?: string[];
  /** Adjectives for later use (казахстанский, сербский). */
  demonyms?: Partial<Record<'ru' | 'en', string[]>>;
}

export type EntityRecord = PersonRecord | OrganizationRecord | PlaceRecord;
