/**
 * Latin → Cyrillic transliteration for search queries typed on a Latin keyboard («mid rk» → «мид рк»,
 * "gojkovic" → «гойкович») and for the rare place with no Russian name in any source.
 * Digraphs are tried before single letters; the mapping follows common English-style
 * romanization of Russian, which is how such names are usually typed.
 */
const DIGRAPHS: [string, string][] = [
  ['shch', 'щ'],
  ['sch', 'ш'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['tz', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'е'],
  ['ye', 'е'],
  ['ju', 'ю'],
  ['ja', 'я'],
  ['ph', 'ф'],
  ['th', 'т'],
  ['ck', 'к'],
  ['oo', 'у'],
  ['ee', 'и'],
];

const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'й', k: 'к',
  l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в',
  w: 'в', x: 'кс', z: 'з',
};

/** Transliterates lowercase Latin letters to Cyrillic; other characters pass through. */
export function latinToCyrillic(text: string): string {
  const s = text.toLowerCase();
  let out = '';
  let i = 0;
  while (i < s.length) {
    const di = DIGRAPHS.find(([lat]) => s.startsWith(lat, i));
    if (di) {
      out += di[1];
      i += di[0].length;
      continue;
    }
    const ch = s[i]!;
    // South Slavic -ić/-ič surnames lose their diacritics when typed: "gojkovic" → «гойкович».
    if (s.startsWith('ic', i) && !/[a-z]/.test(s[i + 2] ?? '')) {
      out += 'ич';
      i += 2;
      continue;
    }
    // "y" reads ы after a consonant (Shymkent, Kyzylorda) and й elsewhere (Sergey, Yanina).
    if (ch === 'y') out += /[bcdfghjklmnpqrstvwxz]/.test(s[i - 1] ?? '') ? 'ы' : 'й';
    else out += LETTERS[ch] ?? ch;
    i += 1;
  }
  return out;
}

/** Capitalizes each word, for display names produced by transliteration. */
export function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
