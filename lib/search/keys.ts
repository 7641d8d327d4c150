import { foldKey } from '../text/normalize';

/** Characters a search key treats as word breaks: hyphens, dots, quotes, brackets. */
const BREAK = /[-'"().,/«»\s]/;
/** Per-character fold, memoized: index building folds ~150,000 names and per-call `foldKey` is slow. */
const FOLD = new Map<string, string>();

function foldChar(ch: string): string {
  let f = FOLD.get(ch);
  if (f === undefined) {
    f = BREAK.test(ch) ? ' ' : foldKey(ch);
    if (BREAK.test(f)) f = ' ';
    FOLD.set(ch, f);
  }
  return f;
}

/**
 * Search key: `foldKey` plus the looseness a search box needs and a page matcher does not —
 * hyphens, dots, quotes and brackets become spaces, so «Нови-Сад», «нови сад» and "Novi Sad"
 * share a key, and «"Казмунайгаз"» finds «Казмунайгаз».
 */
export function searchKey(text: string): string {
  // Native lowercasing first, then only the characters outside plain a–z/а–я go through the fold.
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\u0430-\u044f ]/gu, foldChar)
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** True when the string is mostly Latin letters (so a Cyrillic transliteration is worth trying). */
export function isLatin(text: string): boolean {
  return /[a-z]/i.test(text) && !/[\u0400-\u04ff]/.test(text);
}
