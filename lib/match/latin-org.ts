/**
 * Latin-script names inside Russian text: «компания Sinohydro», «на бирже Nasdaq», «агентство
 * Fitch», «Kaspi.kz». Russian news writes foreign brands, companies and exchanges in Latin letters
 * and people and places in Cyrillic, so such a name, not otherwise matched, is an organization.
 */
import type { Word } from './lookup';
import type { UnknownSpan } from './unknown';

const LATIN = /^[a-z][a-z']*$/;
const CYRILLIC = /[а-яё]/;
// Rating grades and units are not names: "BBB", "Baa3", "Mt".
const NOT_NAME = /^(a{1,3}|b{1,3}|c{1,3}|baa\d?|ba\d?|aa\d?|mt|kg|km|ok)$/;

/** Runs of capitalized Latin words with a Cyrillic word right before or after them. */
export function detectLatinOrgs(text: string, words: readonly Word[], covered: readonly boolean[]): UnknownSpan[] {
  const out: UnknownSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!.tok;
    if (covered[i] || !t.cap || !LATIN.test(t.norm) || t.norm.length < 3 || NOT_NAME.test(t.norm)) continue;
    let we = i + 1;
    while (we < words.length && we - i < 4 && !covered[we] && !words[we]!.brk && LATIN.test(words[we]!.tok.norm)) we++;
    const before = words[i - 1];
    const after = words[we];
    const inRussian = (before !== undefined && CYRILLIC.test(before.tok.norm)) || (after !== undefined && CYRILLIC.test(after.tok.norm));
    if (!inRussian) {
      i = we - 1;
      continue;
    }
    const span: UnknownSpan = { ws: i, we, type: 'ORG' };
    const end = domainEnd(text, words[we - 1]!.tok.end);
    if (end > words[we - 1]!.tok.end) {
      span.start = t.start;
      span.end = end;
    }
    out.push(span);
    i = we - 1;
  }
  return out;
}

/** "Kaspi.kz", "Yandex.ru": a name's own domain suffix, when one follows the word at `end`. */
export function domainEnd(text: string, end: number): number {
  const m = /^\.(kz|ru|uz|kg|tj|az|am|ge|by|ua|com|net|org|io|ai|info|me|tv|app)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 6));
  return m ? end + m[0].length : end;
}
