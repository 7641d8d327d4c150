/**
 * Grouping and ordering of an article's entities for the side panel and the popup's page summary.
 */
import type { EntityType } from '../data/types';
import type { PageEntity } from '../messaging/protocol';

/** People first: readers ask "who" before "where" (design.md, the reader's questions). */
export const TYPE_ORDER: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

export interface EntityGroup {
  type: EntityType;
  entities: PageEntity[];
  /** Mentions of all entities in the group. */
  mentions: number;
}

/** Most salient first; ties by more mentions, then by name so the order is stable across updates. */
export function compareEntities(a: PageEntity, b: PageEntity): number {
  return b.salience - a.salience || b.count - a.count || a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
}

/**
 * Splits entities into one group per type in `TYPE_ORDER`, each sorted by salience. Empty groups
 * are left out; types in `hidden` too (the per-type filters).
 */
export function groupEntities(entities: readonly PageEntity[], hidden: ReadonlySet<EntityType> = new Set()): EntityGroup[] {
  return TYPE_ORDER.filter((type) => !hidden.has(type))
    .map((type) => {
      const members = entities.filter((e) => e.type === type).sort(compareEntities);
      return { type, entities: members, mentions: members.reduce((sum, e) => sum + e.count, 0) };
    })
    .filter((group) => group.entities.length > 0);
}

export interface EntityCounts {
  entities: number;
  mentions: number;
  byType: Record<EntityType, number>;
}

/** How many distinct entities (by type) and mentions a page has, for the popup's one-line summary. */
export function countEntities(entities: readonly PageEntity[]): EntityCounts {
  const byType: Record<EntityType, number> = { PER: 0, LOC: 0, ORG: 0 };
  let mentions = 0;
  for (const e of entities) {
    byType[e.type]++;
    mentions += e.count;
  }
  return { entities: entities.length, mentions, byType };
}

/** Toggles one type in a filter set, returning a new set (UI state stays immutable). */
export function toggleType(hidden: ReadonlySet<EntityType>, type: EntityType): Set<EntityType> {
  const next = new Set(hidden);
  if (next.has(type)) next.delete(type);
  else next.add(type);
  return next;
}
