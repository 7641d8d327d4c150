/**
 * Pure pieces of the search box: keyboard movement through results, recent lookups, and a token
 * source that lets a view drop replies to queries the user has already typed past.
 */

/** Moves the active result for a key press; -1 means "none active". Returns null for other keys. */
export function moveActive(active: number, count: number, key: string): number | null {
  if (count === 0) return key === 'ArrowDown' || key === 'ArrowUp' ? -1 : null;
  switch (key) {
    case 'ArrowDown':
      return active < 0 ? 0 : (active + 1) % count;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Puts `id` first in the recent lookups, without duplicates, keeping at most `limit`. */
export function addRecent(recent: readonly string[], id: string, limit: number): string[] {
  return [id, ...recent.filter((r) => r !== id)].slice(0, Math.max(0, limit));
}

export interface Latest {
  /** Starts a new request and returns its token; every earlier token becomes stale. */
  next(): number;
  isCurrent(token: number): boolean;
}

/** One token per query: a reply is applied only while its token is still the latest. */
export function createLatest(): Latest {
  let current = 0;
  return {
    next: () => ++current,
    isCurrent: (token) => token === current,
  };
}

/** A query worth sending: trimmed, with inner whitespace collapsed (the ranking is the background's). */
export function cleanQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}
