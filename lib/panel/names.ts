/** Choosing display strings in the UI language. */
import type { LocalizedNames } from '../data/types';

export type UiLang = 'ru' | 'en';

/** The UI language: the user's choice, else the browser's (Russian for ru/be/kk/ky/uk/tg/uz speakers). */
export function resolveUiLang(preference: 'auto' | UiLang, browserLang: string): UiLang {
  if (preference !== 'auto') return preference;
  const base = browserLang.toLowerCase().split(/[-_]/)[0] ?? '';
  // Readers in these locales mostly read Russian-language news; the dataset carries ru names for all.
  return ['ru', 'be', 'kk', 'ky', 'uk', 'tg', 'uz'].includes(base) ? 'ru' : 'en';
}

/** A name (or any ru/en text) in the UI language, falling back to the other one when empty. */
export function pickText(text: { ru: string; en: string } | LocalizedNames, lang: UiLang): string {
  return (lang === 'ru' ? text.ru || text.en : text.en || text.ru) ?? '';
}

/** The tab id given in a page's query string (`?tab=12`), used by tests and debugging. */
export function tabParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
