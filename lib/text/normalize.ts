/**
 * Text normalization we own for Russian and English names.
 *
 * Two levels:
 * - `normalizeChars` keeps string length (one code unit in, one out), so offsets into the
 *   normalized text are offsets into the original. Used before tokenizing page text.
 * - `foldKey` builds lookup keys: lowercase, `normalizeChars`, Kazakh letters folded to their
 *   Russian lookalikes, Latin diacritics removed. Used for index keys and queries.
 *
 * We do NOT fold й into и (fuse.js's diacritic folding does, and «Майя» ≠ «Маия»).
 */

/** One-for-one character mappings (each keeps the string length). */
const CHAR_MAP: Record<string, string> = {
  // ё is written as е in most Russian news; both must match.
  ё: 'е',
  Ё: 'Е',
  // Typographic quotes and apostrophes → ASCII, so «…», „…“, "…" and ’ behave alike.
  '«': '"',
  '»': '"',
  '„': '"',
  '“': '"',
  '”': '"',
  '‟': '"',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  // Dashes and hyphen lookalikes → "-", so «Нови‑Сад» (non-breaking hyphen) matches «Нови-Сад».
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  // Non-breaking and thin spaces → space.
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

// Every key of CHAR_MAP, as one character class (escaped: some are class syntax characters).
const CHAR_RE = new RegExp(`[${Object.keys(CHAR_MAP).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
const mapChar = (ch: string): string => CHAR_MAP[ch] ?? ch;

/** Maps characters one-for-one (length-preserving). */
export function normalizeChars(text: string): string {
  // A native scan that allocates nothing when there is nothing to map (most text), rather than
  // building the string one character at a time.
  return text.replace(CHAR_RE, mapChar);
}

/**
 * Kazakh (and other Central Asian Cyrillic) letters folded to the Russian letters the press uses
 * for the same names: «Тоқаев» → «токаев», «Әлихан» → «алихан».
 */
const CYRILLIC_FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ӣ: 'и',
  ӯ: 'у',
  ҳ: 'х',
  ҷ: 'ж',
  ҙ: 'з',
  ј: 'й',
  љ: 'ль',
  њ: 'нь',
  ћ: 'ч',
  ђ: 'дж',
  џ: 'дж',
};

// Letters `foldKey` changes after lowercasing: CYRILLIC_FOLD's keys and Latin with diacritics.
const FOLD_RE = new RegExp(`[${Object.keys(CYRILLIC_FOLD).join('')}\\u00c0-\\u024f]`, 'g');
const WS_RE = /\s/;

function foldChar(ch: string): string {
  // Latin with diacritics: Gojković → gojkovic. NFD then drop combining marks.
  return CYRILLIC_FOLD[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Lookup key: lowercase, normalized punctuation, folded letters, no Latin diacritics, single spaces. */
export function foldKey(text: string): string {
  // Called for every token: native replaces that leave clean text untouched, no per-char concatenation.
  const folded = normalizeChars(text).toLowerCase().replace(FOLD_RE, foldChar);
  return WS_RE.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
}
