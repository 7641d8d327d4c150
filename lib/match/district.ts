/**
 * Districts and other administrative units named by an adjective before the unit noun:
 * «Панфиловского района», «в Казалинском районе», «Южно-Гобийском аймаке». Most are not in the
 * dataset (it holds countries, first-level regions and towns), but every one is a place.
 */
import type { Word } from './lookup';
import type { UnknownSpan } from './unknown';

// The unit nouns in every case and number (folded).
const UNIT = /^(район|округ|аймак|сомон|улус|уезд|волост|областн|област|кра[йяюе]|краем|провинци|штат|этрап|вилоят|тумен|джамоат|водохранилищ|озер|хребт|хребет|ущель)(а|у|ом|е|ы|ов|ам|ами|ах|и|ей|ям|ями|ях|ь|ью|ем|о)?$/;
// Adjective endings in any case; the first letter is checked for capital separately.
const ADJECTIVE = /(ский|ской|ского|скому|ским|ском|ская|скую|ские|ских|ский|цкий|цкого|цком|цкой|ный|ного|ному|ным|ном|ная|ной|ную|ные|ных|ий|ого|ом|ая|ой|ую)$/;

/** Capitalized adjective (hyphenated compounds included) + unit noun, among uncovered words. */
export function detectDistricts(words: readonly Word[], covered: readonly boolean[]): UnknownSpan[] {
  const out: UnknownSpan[] = [];
  for (let i = 1; i < words.length; i++) {
    const unit = words[i]!;
    // The name starts with a capital, on the word before or on a hyphenated compound's first
    // part: most words have neither before them, and then no pattern is tried.
    const before = words[i - 1]!.tok;
    if (covered[i] || unit.brk || unit.tok.cap || (!before.cap && !before.glued) || !UNIT.test(unit.tok.norm)) continue;
    const adj = words[i - 1]!;
    if (covered[i - 1] || !ADJECTIVE.test(adj.tok.norm)) continue;
    // «Южно-Гобийском»: hyphen parts are tokens; the compound starts at its first capitalized part.
    let ws = i - 1;
    while (ws > 0 && words[ws]!.tok.glued && !covered[ws - 1]) ws--;
    if (!words[ws]!.tok.cap || words[ws]!.tok.upper) continue;
    // At a sentence start the capital says nothing: «Сельский округ» is no name.
    if (ws === i - 1 && words[ws]!.tok.sentStart && !words[ws]!.tok.glued) continue;
    out.push({ ws, we: i + 1, type: 'LOC' });
  }
  return out;
}
