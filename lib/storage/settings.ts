/**
 * Every persisted setting Kontext has, in one place. Items are versioned; a migration runs when a
 * stored value is older than `version`. Sync storage carries preferences across the user's browsers;
 * local storage holds per-device state.
 */
import { storage } from 'wxt/utils/storage';
import type { EntityType } from '../data/types';
import type { FeedStatus, FeedSubscription } from '../related/feeds';
import type { CustomEntity } from '../custom/entity';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';

export { DEFAULT_PREFERENCES, type HighlightStyle, type Preferences, type UiLanguage } from './preferences';

/** Preferences as version 1 stored them: 'hover-only' was renamed, and fields could be missing. */
export type PreferencesV1 = Partial<Omit<Preferences, 'highlightStyle' | 'types'>> & {
  highlightStyle?: 'underline' | 'background' | 'hover-only';
  types?: Partial<Record<EntityType, boolean>>;
};

/**
 * v1 → v2: 'hover-only' became 'off-until-hover' (the name the options page shows), and fields a v1
 * build never wrote get their defaults, so readers can rely on the full shape.
 */
export function migratePreferencesV1(old: PreferencesV1 | null | undefined): Preferences {
  const v1 = old ?? {};
  const { highlightStyle, types, ...rest } = v1;
  return {
    ...DEFAULT_PREFERENCES,
    ...rest,
    types: { ...DEFAULT_PREFERENCES.types, ...types },
    highlightStyle: highlightStyle === 'hover-only' ? 'off-until-hover' : (highlightStyle ?? DEFAULT_PREFERENCES.highlightStyle),
  };
}

export const preferences = storage.defineItem<Preferences>('sync:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 2,
  migrations: { 2: migratePreferencesV1 },
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

/**
 * The user's own people, places and organizations (imported or edited in the options page). Local,
 * not sync: a few thousand entities would not fit sync's per-item quota, and they are rebuilt into
 * the background's index, which is per device anyway. Written only by the background (one writer).
 */
export const customEntities = storage.defineItem<CustomEntity[]>('local:customEntities', {
  fallback: [],
  version: 1,
});

/** Feeds the user subscribed to (opt-in; none by default). Local: host access is granted per browser. */
export const feedSubscriptions = storage.defineItem<FeedSubscription[]>('local:feedSubscriptions', {
  fallback: [],
  version: 1,
});

/** The outcome of the last poll of each subscribed feed, by feed URL (shown in the options). */
export const feedStatuses = storage.defineItem<Record<string, FeedStatus>>('local:feedStatuses', {
  fallback: {},
  version: 1,
});

/** The last failure writing reading history (e.g. storage full), shown in the options; null when fine. */
export const historyProblem = storage.defineItem<{ code: string; at: number } | null>('local:historyProblem', {
  fallback: null,
  version: 1,
});

/** Options → "Reset to defaults": preferences, per-site switches and hidden names (not custom entities or history). */
export async function resetSettings(): Promise<void> {
  await Promise.all([preferences.setValue(DEFAULT_PREFERENCES), siteSwitches.setValue({}), hiddenNames.setValue([])]);
}

/** Whether Kontext runs on a given host, combining the global and per-site switches. */
export function isEnabledFor(prefs: Preferences, sites: Record<string, boolean>, host: string): boolean {
  return prefs.enabled && sites[host] !== false;
}
