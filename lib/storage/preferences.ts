/**
 * The shape and defaults of the reader's preferences. Free of extension APIs, so pages, tests and
 * e2e specs can import the defaults; the storage item itself is declared in `settings.ts`.
 */
import type { EntityType } from '../data/types';

/** How highlights look: underlined, tinted, or invisible until the pointer is over them. */
export type HighlightStyle = 'underline' | 'background' | 'off-until-hover';
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
