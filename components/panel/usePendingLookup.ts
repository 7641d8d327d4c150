/**
 * The context menu's lookup, handed over through session storage: taken once when the panel
 * opens and again whenever a new one arrives while it is open, then cleared.
 */
import { useEffect, useState } from 'preact/hooks';
import { isFreshLookup, pendingLookup, type PendingLookup } from '@/lib/panel/pending-lookup';

export function usePendingLookup(): { query: string } | null {
  const [lookup, setLookup] = useState<{ query: string } | null>(null);

  useEffect(() => {
    const take = (value: PendingLookup | null) => {
      if (!isFreshLookup(value, Date.now())) return;
      setLookup({ query: value.query }); // a new object, so the same text twice still searches again
      void pendingLookup.setValue(null);
    };
    void pendingLookup.getValue().then(take);
    return pendingLookup.watch(take);
  }, []);

  return lookup;
}
