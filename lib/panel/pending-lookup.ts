/**
 * A lookup waiting for the side panel: the context menu (or a command) stores the selected text
 * here, opens the panel, and the panel picks it up, whether it was already open or opens now.
 * Session storage: it never outlives the browser session and never syncs.
 */
import { storage } from 'wxt/utils/storage';

export interface PendingLookup {
  query: string;
  /** When it was asked for (ms since epoch); a panel opened much later ignores it. */
  at: number;
}

/** A lookup older than this was not meant for a panel opening now. */
export const PENDING_LOOKUP_TTL_MS = 60_000;

/** Longest selection we search for: a name, not a paragraph. */
export const LOOKUP_MAX_CHARS = 120;

export const pendingLookup = storage.defineItem<PendingLookup | null>('session:pendingLookup', { fallback: null });

/** Whether a stored lookup is still worth acting on at `now`. */
export function isFreshLookup(lookup: PendingLookup | null, now: number): lookup is PendingLookup {
  return lookup !== null && lookup.query.length > 0 && now - lookup.at >= 0 && now - lookup.at < PENDING_LOOKUP_TTL_MS;
}

/** The query a selection becomes: one line, trimmed, cut at a word boundary when too long. */
export function selectionQuery(selection: string): string {
  const line = selection.replace(/\s+/g, ' ').trim();
  if (line.length <= LOOKUP_MAX_CHARS) return line;
  const cut = line.slice(0, LOOKUP_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > 0 ? cut.slice(0, space) : cut;
}
