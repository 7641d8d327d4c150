/**
 * Lemma fallback: from an inflected (folded, lowercase) word, the base forms it may come from.
 * Used for names whose case forms were not generated (small towns) and for unknown names.
 * Over-generating is fine: candidates are only looked up, and a wrong base is simply absent.
 */

/** [surface ending, base endings to try]; longest endings first. */
const RULES: [string, string[]][] = [
  ['ами', ['а', 'ы', 'и', '']],
  ['ями', ['я', 'и', 'ь']],
  ['ого', ['ый', 'ой', 'ий', 'ое']],
  ['его', ['ий', 'ее']],
  ['ому', ['ый', 'ой', 'ий', 'ое']],
  ['ему', ['ий', 'ее']],
  ['ией', ['ия']],
  ['ием', ['ий', 'ие']],
  ['ьей', ['ья']],
  ['ьем', ['ье', 'ь']],
  ['ою', ['а', 'ая']],
  ['ой', ['а', 'ая', 'ой', 'ый', '']],
  ['ей', ['я', 'ь', 'ей', 'яя', 'ая', 'а']],
  ['ым', ['ый', 'ой', 'ий', '', 'ы']],
  ['им', ['ий', '', 'и']],
  ['ом', ['', 'о', 'ой', 'ый', 'ий']],
  ['ем', ['ь', 'й', 'е', '', 'ий']],
  ['ии', ['ия', 'ий', 'ие', 'и']],
  ['ую', ['ая']],
  ['юю', ['яя']],
  ['ах', ['ы', 'и', 'а']],
  ['ях', ['и', 'я']],
  ['ам', ['ы', 'и', 'а']],
  ['ям', ['и', 'я']],
  ['ов', ['ы', '']],
  ['ых', ['ые', 'ый']],
  ['их', ['ие', 'ий']],
  ['а', ['', 'о', 'ь', 'й', 'а']],
  ['я', ['ь', 'й', 'е', 'я', 'ие', 'ий']],
  ['у', ['', 'а', 'о', 'у']],
  ['ю', ['ь', 'й', 'я', 'ю', 'ие', 'ий']],
  ['е', ['', 'а', 'я', 'о', 'е', 'ь', 'й']],
  ['и', ['а', 'я', 'ь', 'и', 'ы']],
  ['ы', ['а', 'ы']],
];

/** Candidate base forms of a folded word, most likely first; excludes the word itself. */
export function lemmaCandidates(norm: string): readonly string[] {
  // Names repeat within and across texts; the same words are lemmatized by several passes.
  const hit = cache.get(norm);
  if (hit) return hit;
  const out = computeCandidates(norm);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(norm, out);
  return out;
}

const MAX_CACHE = 20_000;
const cache = new Map<string, readonly string[]>();

function computeCandidates(norm: string): string[] {
  const out: string[] = [];
  for (const [end, bases] of RULES) {
    if (!norm.endsWith(end) || norm.length - end.length < 2) continue;
    const stem = norm.slice(0, -end.length);
    for (const b of bases) {
      const cand = stem + b;
      if (cand !== norm && !out.includes(cand)) out.push(cand);
    }
  }
  return out;
}

/**
 * The part of `norm` every lemma candidate keeps (lemmas only change an ending). When no index key
 * starts with it, neither the word nor any of its lemmas is (or starts) a key: one prefix test
 * answers for every reading.
 */
export function sharedStem(norm: string, lemmas: readonly string[] = lemmaCandidates(norm)): string {
  let n = norm.length;
  for (const l of lemmas) {
    let k = 0;
    while (k < n && k < l.length && l.charCodeAt(k) === norm.charCodeAt(k)) k++;
    n = k;
  }
  return n === norm.length ? norm : norm.slice(0, n);
}
