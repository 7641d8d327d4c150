/** Lookup keys shared by the compiler and the recognizer, so both fold names the same way. */
import { tokenize } from '../text/tokenize';

/** Folded key of a name: its word norms joined by one space («Нови-Сад» → «нови сад»). */
export function nameKey(name: string): string {
  let key = '';
  for (const t of tokenize(name)) {
    if (t.kind === 'punct') continue;
    key = key === '' ? t.norm : key + ' ' + t.norm;
  }
  return key;
}

/** Written in capitals, like an abbreviation («МИД РК», «США», "UN"). */
export function isAbbreviation(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 8 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

const CYR_RE = /^[\p{Script=Cyrillic}\s\-'.]+$/u;
const LAT_RE = /^[\p{Script=Latin}\s\-'.]+$/u;

/** Aliases we can match in Russian or English text: Cyrillic or Latin script only. */
export function scriptOf(name: string): 'cyr' | 'lat' | null {
  const n = name.replace(/[’ʼ`"«»()]/g, "'");
  if (CYR_RE.test(n)) return 'cyr';
  if (LAT_RE.test(n)) return 'lat';
  return null;
}
