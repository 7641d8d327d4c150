/** Choosing display strings in the UI language. */
import type { LocalizedNames } from '../data/types';

export type UiLang = 'ru' | 'en';

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
