/**
 * The one tabular view of an article's entities that every export format renders, so JSON, CSV and
 * Markdown always agree on order and content.
 */
import type { EntityType } from '../data/types';
import type { PageContext, PageEntity } from '../messaging/protocol';
import { compareEntities, TYPE_ORDER } from '../panel/group';

/** What an export is made of: the article's identity and its entities. */
export type ExportSource = Pick<PageContext, 'url' | 'title' | 'published' | 'entities'>;

export interface ExportRow {
  type: EntityType;
  name: string;
  /** Dataset id; null for names Kontext recognized but does not know. */
  entityId: string | null;
  mentions: number;
  roles: string[];
  salience: number;
}

/** Entities grouped by type (people, places, organizations), most salient first within each type. */
export function exportRows(entities: readonly PageEntity[]): ExportRow[] {
  return [...entities]
    .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || compareEntities(a, b))
    .map((e) => ({
      type: e.type,
      name: e.name,
      entityId: e.entityId,
      mentions: e.count,
      roles: [...e.roles],
      salience: e.salience,
    }));
}
