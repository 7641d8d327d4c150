/**
 * Heuristics for GeoNames alternate names, which carry no language tags: which Cyrillic form is
 * the Russian one, and which alternates are worth shipping as aliases.
 */
import { searchKey } from '../../lib/search/keys';

const CYRILLIC = /^[\u0400-\u04ff\s'’.-]+$/;
const LATIN = /^[A-Za-z\u00c0-\u024f\s'’.-]+$/;

/** Letters Russian does not use: Serbian/Macedonian, Kazakh/Uzbek/Tajik, Ukrainian/Belarusian, pre-1918. */
const NON_RUSSIAN = /[јљњћђџѓќѕәғқңөұүһіїєґўӣӯҳҷҙѣѳѵ]/i;
/** Letters Serbian, Macedonian and Ukrainian lack; their presence hints at Russian (or Bulgarian). */
const RUSSIAN_HINT = /[ыэ]/i;
const SLAVIC_SOFT = /[яюйьщ]/i;
/** Words other languages append to city names («Нови-Сад хот» is Mongolian "town"). */
const SUFFIX_WORDS = /\s(хот|шаары|қаласы|каласы|шахри|шаҳри|город|қ\.|сити)$/i;

export function isCyrillic(s: string): boolean {
  return CYRILLIC.test(s) && /[\u0400-\u04ff]/.test(s);
}
export function isLatinName(s: string): boolean {
  return LATIN.test(s) && /[A-Za-z]/.test(s);
}

/** Airport and other codes ("QND", "LON"), digits, and over-long descriptions are junk as aliases. */
export function isJunkAlias(s: string): boolean {
  if (s.length < 2 || s.length > 40) return true;
  if (/^[A-Z]{2,4}$/.test(s)) return true;
  if (/\d/.test(s)) return true;
  if (/[()[\]{}]/.test(s)) return true;
  return SUFFIX_WORDS.test(s);
}

/** Scores a Cyrillic candidate as Russian; higher is more Russian-looking. */
function russianScore(s: string): number {
  let score = 0;
  if (NON_RUSSIAN.test(s)) score -= 10;
  if (/ъ$|ъ\s/.test(s)) score -= 5; // pre-reform spelling («Новъ Садъ»)
  if (SUFFIX_WORDS.test(s)) score -= 8;
  if (RUSSIAN_HINT.test(s)) score += 2;
  if (SLAVIC_SOFT.test(s)) score += 1;
  // Russian writes multi-word foreign city names hyphenated («Нови-Сад», «Сан-Паулу»).
  if (/-/.test(s)) score += 1;
  return score;
}

/** Picks the most Russian-looking Cyrillic alternate; ties go to the shorter, then alphabetical. */
export function pickRussian(alternates: readonly string[]): string | undefined {
  const cands = alternates.filter((a) => isCyrillic(a) && !isJunkAlias(a));
  cands.sort((a, b) => russianScore(b) - russianScore(a) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return cands[0];
}

/**
 * Keeps aliases whose search key differs from every name already kept, dropping junk and
 * scripts other than Latin and Cyrillic; at most `max`, Cyrillic first (our readers are Russian).
 * `latin = false` keeps Cyrillic only (small cities: other-language spellings rarely reach Russian news).
 */
export function pickAliases(
  names: readonly string[],
  alternates: readonly string[],
  max: number,
  latin = true,
): string[] {
  const seen = new Set(names.map(searchKey));
  const ok = alternates.filter((a) => !isJunkAlias(a) && (isCyrillic(a) || isLatinName(a)));
  const cyr = ok.filter((a) => isCyrillic(a) && !NON_RUSSIAN.test(a) && !/ъ$/.test(a));
  const lat = latin ? ok.filter((a) => isLatinName(a)) : [];
  const out: string[] = [];
  for (const a of [...cyr, ...lat]) {
    if (out.length >= max) break;
    const k = searchKey(a);
    if (k.length === 0 || seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}
