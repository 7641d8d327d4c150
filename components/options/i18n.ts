/**
 * Options-page strings from the `_locales` files, both languages bundled, because the page follows
 * `preferences.uiLanguage` and `browser.i18n.getMessage` is fixed to the browser's language.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '@/assets/public/_locales/en/messages.json';
import ru from '@/assets/public/_locales/ru/messages.json';
import type { UiLang } from '@/lib/card/i18n';

type LocaleFile = Record<string, { message: string } | undefined>;
const TABLES: Record<UiLang, LocaleFile> = { en, ru };

export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

/** A translate function for one language; a missing key shows itself so it is caught in review. */
export function translator(lang: UiLang): Translate {
  const table = TABLES[lang];
  return (key, ...subs) =>
    (table[key]?.message ?? TABLES.en[key]?.message ?? key).replace(/\$([1-9])/g, (whole, n: string) => String(subs[Number(n) - 1] ?? whole));
}

export const LangContext = createContext<{ lang: UiLang; t: Translate }>({ lang: 'en', t: translator('en') });

/** The page's language and translate function. */
export function useT(): { lang: UiLang; t: Translate } {
  return useContext(LangContext);
}
