/** "Hide this name": which mentions the reader chose not to see highlighted. */
import { foldKey } from '../text/normalize';
import type { Mention } from '../match/types';

/** The key stored in `hiddenNames` for a mention: its canonical name, folded (case and ё/е-insensitive). */
export function hiddenKey(mention: Pick<Mention, 'name'>): string {
  return foldKey(mention.name);
}

/** True when the reader hid this mention's name (by its canonical name or as written). */
export function isHiddenMention(mention: Pick<Mention, 'name' | 'text'>, hidden: ReadonlySet<string>): boolean {
  return hidden.has(foldKey(mention.name)) || hidden.has(foldKey(mention.text));
}

/** Adds a name to the hidden list, keeping it sorted and free of duplicates. */
export function withHiddenName(list: readonly string[], mention: Pick<Mention, 'name'>): string[] {
  return [...new Set([...list, hiddenKey(mention)])].sort();
}
