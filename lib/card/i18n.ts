/**
 * The card's UI language and strings. Strings come from the extension's `_locales` files (via the
 * generated `messages.ts`), both languages at once, because `browser.i18n.getMessage` is fixed to
 * the browser language while `preferences.uiLanguage` lets the reader override it.
 */
import { MESSAGES } from './messages';

export type UiLang = keyof typeof MESSAGES;
export type MessageKey = keyof (typeof MESSAGES)['en'];
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** Browser languages whose readers most likely read Russian rather than English. */
const RUSSIAN_READING = new Set(['ru', 'be', 'kk', 'ky', 'tg']);

/**
 * The card language: the preference when set, otherwise Russian for a Russian-reading browser
 * language and English for every other one.
 */
export function pickUiLang(preference: 'auto' | UiLang, browserLanguage: string): UiLang {
  if (preference !== 'auto') return preference;
  const primary = browserLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  return RUSSIAN_READING.has(primary) ? 'ru' : 'en';
}

/** A translate function for one language; `$1`…`$9` are replaced as in `i18n.getMessage`. */
export function translator(lang: UiLang): Translate {
  const table: Record<MessageKey, string> = MESSAGES[lang];
  return (key, ...subs) => table[key].replace(/\$([1-9])/g, (whole, n: string) => String(subs[Number(n) - 1] ?? whole));
}
