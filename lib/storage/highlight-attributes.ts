/**
 * The attributes the content script sets on `<html>` so the highlight CSS
 * (`entrypoints/highlights.content.css`) re-styles every highlight at once, live, when the reader
 * changes a preference: no re-annotation, no reload.
 */
import type { EntityType } from '../data/types';
import type { Preferences } from './settings';

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

/** Attribute name → value to set, or null to remove. Lower-case names: HTML lower-cases them anyway. */
export function highlightAttributes(prefs: Pick<Preferences, 'types' | 'highlightStyle'>): Record<string, string | null> {
  const out: Record<string, string | null> = { 'data-kontext-style': prefs.highlightStyle };
  for (const type of TYPES) out[`data-kontext-hide-${type.toLowerCase()}`] = prefs.types[type] === false ? '' : null;
  return out;
}

/** Every attribute `highlightAttributes` may set, for removing them all when Kontext is off. */
export const HIGHLIGHT_ATTRIBUTE_NAMES: readonly string[] = ['data-kontext-style', ...TYPES.map((t) => `data-kontext-hide-${t.toLowerCase()}`)];
