/**
 * Every persisted setting Kontext has, in one place. Items are versioned; a migration runs when a
 * stored value is older than `version`. Sync storage carries preferences across the user's browsers;
 * local storage holds per-device state.
 */
import { storage } from 'wxt/utils/storage';
import type { EntityType } from '../data/types';

export type HighlightStyle = 'underline' | 'background' | 'hover-only';
export type UiLanguage = 'auto' | 'ru' | 'en';

export interface Preferences {
  enabled: boolean;
  types: Record<EntityType, boolean>;
  highlightStyle: HighlightStyle;
  /** Extra delay before a card opens on hover, ms (0 = the default dwell). */
  hoverDelayMs: number;
  /** When set, cards open on hover only while this key is held. */
  modifierKey: 'none' | 'Alt' | 'Shift' | 'Control';
  uiLanguage: UiLanguage;
  historyEnabled: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  enabled: true,
  types: { PER: true, LOC: true, ORG: true },
  highlightStyle: 'underline',
  hoverDelayMs: 0,
  modifierKey: 'none',
  uiLanguage: 'auto',
  historyEnabled: true,
};

export const preferences = storage.defineItem<Preferences>('sync:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

/** Per-site switch: hostname → enabled. Absent means "on". */
export const siteSwitches = storage.defineItem<Record<string, boolean>>('sync:siteSwitches', {
  fallback: {},
  version: 1,
});

/** Names the user chose to hide ("hide this name"), as fold keys. */
export const hiddenNames = storage.defineItem<string[]>('sync:hiddenNames', {
  fallback: [],
  version: 1,
});

/** Recent popup lookups, newest first (entity ids). */
export const recentLookups = storage.defineItem<string[]>('local:recentLookups', {
  fallback: [],
  version: 1,
});

export const RECENT_LOOKUPS_LIMIT = 8;

/** Whether Kontext runs on a given host, combining the global and per-site switches. */
export function isEnabledFor(prefs: Preferences, sites: Record<string, boolean>, host: string): boolean {
  return prefs.enabled && sites[host] !== false;
}
