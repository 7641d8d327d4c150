/** Entity views fetched from the background, cached per page so re-renders never re-ask. */
import type { EntityView } from '@/lib/data/views';
import { sendRequest, type Transport } from '@/lib/messaging/send';

export type ViewLoader = (id: string) => Promise<EntityView | null>;

/** A memoizing loader; a failed request is forgotten so the next call can retry. */
export function createViewLoader(send: Transport): ViewLoader {
  const cache = new Map<string, Promise<EntityView | null>>();
  return (id) => {
    let pending = cache.get(id);
    if (!pending) {
      pending = sendRequest(send, { type: 'any→bg:entity', id }).then((r) => r.entity);
      pending.catch(() => cache.delete(id));
      cache.set(id, pending);
    }
    return pending;
  };
}
