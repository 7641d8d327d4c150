/**
 * Related articles for hover cards, fetched from the background per entity and cached for the
 * page's lifetime. The card asks synchronously (`get`); the first ask starts the fetch and the
 * card is redrawn when it arrives.
 */
import { sendRequest, type Transport } from '@/lib/messaging/send';
import type { RelatedArticle } from '@/components/card/Related';

/** Articles per card: a card is small; the side panel shows more. */
const CARD_LIMIT = 5;

export interface RelatedCache {
  /** The articles for an entity: `[]` until loaded (and for names not in the dataset). */
  get(entityId: string | null): readonly RelatedArticle[];
  /** The one callback run when an entity's articles arrive (the currently open card's redraw). */
  onUpdate(listener: (() => void) | null): void;
}

export function createRelatedCache(send: Transport, pageUrl: () => string): RelatedCache {
  const loaded = new Map<string, readonly RelatedArticle[]>();
  const pending = new Set<string>();
  let listener: (() => void) | null = null;

  const load = (entityId: string) => {
    pending.add(entityId);
    sendRequest(send, { type: 'any→bg:related-for-entity', entityId, excludeUrl: pageUrl(), limit: CARD_LIMIT })
      .then((reply) => {
        loaded.set(
          entityId,
          reply.articles.map((a) => ({ url: a.url, title: a.title, site: a.site, published: a.date.slice(0, 10) })),
        );
        listener?.();
      })
      .catch(() => undefined) // no history is no reason to break a card; a later hover retries
      .finally(() => pending.delete(entityId));
  };

  return {
    get(entityId) {
      if (!entityId) return [];
      const articles = loaded.get(entityId);
      if (!articles && !pending.has(entityId)) load(entityId);
      return articles ?? [];
    },
    onUpdate(next) {
      listener = next;
    },
  };
}
