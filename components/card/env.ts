/**
 * What every part of a card needs from its host, passed once through context instead of through
 * every component: the UI language, its strings, and how to open another entity's card.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translate, type UiLang } from '@/lib/card/i18n';
import type { EntityRef } from '@/lib/data/views';

export interface CardEnv {
  lang: UiLang;
  t: Translate;
  openEntity: (id: string) => void;
  /** Resolved references of the entity on the card (empty for a name not in the dataset). */
  refs: Readonly<Record<string, EntityRef>>;
}

export const CardEnvContext = createContext<CardEnv>({
  lang: 'en',
  t: translator('en'),
  openEntity: () => {},
  refs: {},
});

/** The card environment of the nearest EntityCard. */
export function useCardEnv(): CardEnv {
  return useContext(CardEnvContext);
}
