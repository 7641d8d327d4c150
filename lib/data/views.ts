import type { EntityRecord, EntityType, LocalizedNames, PlaceKind } from './types';

/** A short reference to another entity, enough to render a link or a chip. */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: LocalizedNames;
  kind?: PlaceKind | string;
  /** Flag emoji for countries (and places, their country's flag). */
  flag?: string;
}

/** What a card needs for one entity: the record plus every entity it refers to, resolved. */
export interface EntityView {
  record: EntityRecord;
  /** Referenced entities by id: country, region, capital, heads, role organizations, parent, hq. */
  refs: Record<string, EntityRef>;
  /** For organizations and places: current heads derived from people's roles. */
  heads?: { personId: string; title: { ru: string; en: string } }[];
  /** Source of the dataset version, for the card footer. */
  datasetVersion: string;
  /** 'user' for the reader's own imported entity (cards show a "your entry" marker); absent for bundled data. */
  origin?: EntityOrigin;
}

/** Where an entity comes from when it is not the bundled dataset. */
export type EntityOrigin = 'user';

/** One popup search result. */
export interface SearchHit {
  id: string;
  type: EntityType;
  name: LocalizedNames;
  /** Short context: "city · Serbia", "Ambassador of Kazakhstan to Serbia". */
  subtitle: { ru: string; en: string };
  flag?: string;
  score: number;
  /** The alias that matched, when it differs from the name. */
  matched?: string;
  /** 'user' for the reader's own imported entity (search shows a marker). */
  origin?: EntityOrigin;
}
