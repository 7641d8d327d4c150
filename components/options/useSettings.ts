/** Live views of the stored settings: read once, then follow every change (from this or another page). */
import { useEffect, useState } from 'preact/hooks';

/** The current value of a storage item, or `undefined` until it has been read. */
/** The parts of a wxt storage item the hook uses. */
export interface StoredItem<T> {
  getValue(): Promise<T>;
  watch(cb: (next: T) => void): () => void;
}

export function useStored<T>(item: StoredItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((next) => setValue(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
