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

/** Maps characters one-for-one (length-preserving). */
export function normalizeChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += CHAR_MAP[ch] ?? ch;
  }
  return out;
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

/** Lookup key: lowercase, normalized punctuation, folded letters, no Latin diacritics, single spaces. */
export function foldKey(text: string): string {
  const lower = normalizeChars(text).toLowerCase();
  let out = '';
  for (const ch of lower) {
    const folded = CYRILLIC_FOLD[ch];
    if (folded !== undefined) {
      out += folded;
    } else if (ch >= '\u00c0' && ch <= '\u024f') {
      // Latin with diacritics: Gojković → gojkovic. NFD then drop combining marks.
      out += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    } else {
      out += ch;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}
