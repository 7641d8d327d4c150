/**
 * Recent lookups (entity ids in local storage, newest first), resolved to views for display.
 * Nothing is stored while the user has turned history off.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntityView } from '@/lib/data/views';
import { sendRequest, type Transport } from '@/lib/messaging/send';
import { addRecent } from '@/lib/panel/search';
import { preferences, recentLookups, RECENT_LOOKUPS_LIMIT } from '@/lib/storage/settings';

export interface RecentState {
  views: EntityView[];
  remember(view: EntityView): void;
}

export function useRecent(send: Transport): RecentState {
  const [ids, setIds] = useState<string[]>([]);
  const [views, setViews] = useState<EntityView[]>([]);

  useEffect(() => {
    void recentLookups.getValue().then(setIds);
    return recentLookups.watch((next) => setIds(next ?? []));
  }, []);

  useEffect(() => {
    let live = true;
    // Ids whose entity left the dataset (a newer version) resolve to null and are skipped.
    void Promise.all(ids.map((id) => sendRequest(send, { type: 'any→bg:entity', id }).then((r) => r.entity, () => null))).then(
      (resolved) => {
        if (live) setViews(resolved.filter((v): v is EntityView => v !== null));
      },
    );
    return () => {
      live = false;
    };
  }, [ids, send]);

  return {
    views,
    remember(view) {
      void (async () => {
        if (!(await preferences.getValue()).historyEnabled) return;
        const current = await recentLookups.getValue();
        await recentLookups.setValue(addRecent(current, view.record.id, RECENT_LOOKUPS_LIMIT));
      })();
    },
  };
}
