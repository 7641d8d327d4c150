import type { PageEntity } from '@/lib/messaging/protocol';
import type { ArticleEntity, StoredArticle } from '@/lib/related/types';

export const DAY = 86_400_000;
export const NOW = Date.parse('2026-03-01T12:00:00Z');

/** A page entity as the content script reports it. */
export function pageEntity(entityId: string, name: string, count: number, type: PageEntity['type'] = 'LOC'): PageEntity {
  return { key: entityId, entityId, type, name, count, roles: [], salience: 0.5 };
}

/** A stored article with the given entities ([id, count] pairs) and age in days. */
export function article(url: string, entities: [string, number][], ageDays: number, extra: Partial<StoredArticle> = {}): StoredArticle {
  const list: ArticleEntity[] = entities.map(([id, count]) => ({ id, name: id.split(':')[1] ?? id, type: 'LOC', count }));
  const time = NOW - ageDays * DAY;
  return {
    url,
    title: url,
    site: 'example.org',
    published: new Date(time).toISOString(),
    firstSeen: time,
    updatedAt: time,
    time,
    excerpt: '',
    source: 'history',
    entities: list,
    entityIds: list.map((e) => e.id),
    ...extra,
  };
}
