/**
 * Heuristics for GeoNames alternate names, which carry no language tags: which Cyrillic form is
 * the Russian one, and which alternates are worth shipping as aliases.
 */
import { searchKey } from '../../lib/search/keys';

const CYRILLIC = /^[\u0400-\u04ff\s'’.-]+$/;
const LATIN = /^[A-Za-z\u00c0-\u024f\s'’.-]+$/;

/** Letters Russian does not use: Serbian/Macedonian, Kazakh/Uzbek/Tajik, Ukrainian/Belarusian, pre-1918. */
const NON_RUSSIAN = /[јљњћђџѓќѕәғқңөұүһіїєґўӣӯҳҷҙѣѳѵӧӱӓҥӹӝӟӵӥ]/i;
/** Letters Serbian, Macedonian and Ukrainian lack; their presence hints at Russian (or Bulgarian). */
const RUSSIAN_HINT = /[ыэ]/i;
const SLAVIC_SOFT = /[яюйьщ]/i;
/** Words other languages append to city names («Нови-Сад хот» is Mongolian "town"). */
const SUFFIX_WORDS = /\s(хот|шаары|қаласы|каласы|шахри|шаҳри|город|қ\.|сити|ош|ошсь)$/i;

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
  // A soft sign after a consonant other than before «о» is Russian (Bulgarian writes «ьо» only;
  // Serbian and Macedonian have none): «Вильнюс», not the Bulgarian «Вилнюс». Not the Ukrainian
  // «-ськ» («Пятигорськ»), nor a soft sign after a vowel or the palochka (Chechen, Ingush).
  if (/[бвгджзклмнпрстфхцчшщ]ь(?!о)/i.test(s)) score += 2;
  if (/(с|ц|з)ьк|ць(?![а-яё])/i.test(s)) score -= 3;
  // Belarusian adjective ending («Томскай»); Russian writes «-ский», «-ской».
  if (/(ск|цк)ай(?![а-яё])/i.test(s)) score -= 3;
  if (/[аеиоуыэюя]ь|[Ӏӏ]/i.test(s)) score -= 5;
  if (SLAVIC_SOFT.test(s)) score += 1;
  // Russian writes multi-word foreign city names hyphenated («Нови-Сад», «Сан-Паулу»).
  if (/-/.test(s)) score += 1;
  return score;
}

/**
 * Picks the most Russian-looking Cyrillic alternate; ties go to the shorter, then alphabetical.
 * Spellings that differ only in а/о or е/я/э are Russian and Belarusian variants (Belarusian
 * writes unstressed «о» as «а»: «Белгарад», «Кастрама», «Таронта»); of those, the one closest to
 * the name's plain transliteration (`transliterated`, the ASCII name in Cyrillic letters) is the
 * Russian one, since Russian spelling keeps the vowels the Latin name has («Кострома», «Тула»).
 */
export function pickRussian(alternates: readonly string[], transliterated?: string, country?: string): string | undefined {
  const keyOf = (a: string) => akanyeKey(a, !PALLADIUS_E.has(country ?? ''));
  const cands = alternates.filter((a) => isCyrillic(a) && !isJunkAlias(a));
  const t = transliterated?.toLowerCase();
  // A word-initial «Э» is how Russian writes initial E; the transliteration's «Е» there is no evidence.
  // ASCII has no soft or hard sign: «Казань» is as close to "Kazan" as «Казан».
  const closeness = (a: string) => (t ? -levenshtein(noSigns(initialE(a.toLowerCase())), noSigns(initialE(t))) : countO(a));
  // Within a group, fewer Belarusian vowel letters first (ы, э after a consonant), then closeness.
  const belarusian = (a: string) => (PALLADIUS_E.has(country ?? '') ? 0 : (a.toLowerCase().match(/[бвгджзклмнпрстфхцчшщ][ыэ]/g) ?? []).length);
  const fewest = new Map<string, number>();
  for (const a of cands) fewest.set(keyOf(a), Math.min(fewest.get(keyOf(a)) ?? Infinity, belarusian(a)));
  const best2 = new Map<string, number>();
  for (const a of cands) if (belarusian(a) === fewest.get(keyOf(a))) best2.set(keyOf(a), Math.max(best2.get(keyOf(a)) ?? -Infinity, closeness(a)));
  // In Russia the ASCII name is a transliteration of the Russian one, and in Kazakhstan and
  // Kyrgyzstan of the current official name, which Russian now follows: the closest spelling is
  // it («Волгоград», not the historic «Царицын»; «Омск», not the Tatar «Омбы»; «Жанаозен», not
  // «Новый Узень»).
  const nearest = TRANSLIT_COUNTRIES.has(country ?? '') && t ? Math.max(...cands.map(closeness)) : -Infinity;
  const translitOk = (a: string) => closeness(a) === nearest && -nearest <= Math.max(2, Math.floor(t!.length / 4));
  const score = (a: string) => {
    const k = keyOf(a);
    const demoted = belarusian(a) > fewest.get(k)! || closeness(a) < best2.get(k)!;
    return russianScore(a) - (demoted ? 3 : 0) + (nearest > -Infinity && translitOk(a) ? 5 : 0);
  };
  const scored = cands.map((a) => ({ a, s: score(a) }));
  scored.sort((x, y) => y.s - x.s || x.a.length - y.a.length || (x.a < y.a ? -1 : x.a > y.a ? 1 : 0));
  return scored[0]?.a;
}

const TRANSLIT_COUNTRIES = new Set(['RU', 'KZ', 'KG']);

function noSigns(s: string): string {
  return s.replace(/[ьъй]/g, '');
}

function initialE(s: string): string {
  return s.replace(/(^|[\s-])э/g, '$1е');
}

/**
 * Countries whose names Russian transliterates with «э» after consonants (Palladius for Chinese,
 * Polivanov for Japanese, Korean, Vietnamese, Mongolian): «Шэньчжэнь» is not a Belarusian spelling.
 */
const PALLADIUS_E = new Set(['CN', 'TW', 'HK', 'MO', 'JP', 'KR', 'KP', 'VN', 'MN', 'LA', 'KH', 'TH', 'MM']);

/**
 * Spelling with Belarusian vowel variants folded: «о»→«а», «я»→«е», and «э» after a consonant
 * («Брэст», «Манчэстэр»); after a vowel «э» is Russian too («Пуэрто», «Карлсруэ»).
 */
function akanyeKey(s: string, foldE: boolean): string {
  const k = s.toLowerCase().replace(/о/g, 'а').replace(/я/g, 'е');
  // Belarusian also writes «ы» after hard consonants where Russian has «и» («Мадрыд», «Чыкага»).
  return foldE ? k.replace(/([бвгджзклмнпрстфхцчшщ])[эы]/g, (_m, c: string) => c + 'е').replace(/и/g, 'е') : k;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

function countO(s: string): number {
  let n = 0;
  for (const c of s.toLowerCase()) if (c === 'о') n++;
  return n;
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
