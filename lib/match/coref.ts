/**
 * Coreference helpers for names not in the dataset: the surname forms that a later bare
 * mention may take, and the base (nominative) form of a name written in an oblique case.
 */
import { lemmaCandidates } from '../morph/lemma';
import { generateForms } from '../morph/forms';
import { foldKey } from '../text/normalize';
import { GIVEN_NAMES } from './lexicon/names';

/** Written forms whose surname keys are remembered before the memo starts over. */
const MEMO_LIMIT = 5_000;
const surnameMemo = new Map<string, readonly string[]>();

/**
 * Folded forms a bare surname may take later, given one written form (any case, either gender).
 * Memoized: every unknown person in every message asks again, and generating forms is costly.
 */
export function surnameKeys(norm: string): readonly string[] {
  let keys = surnameMemo.get(norm);
  if (keys === undefined) {
    if (surnameMemo.size >= MEMO_LIMIT) surnameMemo.clear();
    keys = computeSurnameKeys(norm);
    surnameMemo.set(norm, keys);
  }
  return keys;
}

function computeSurnameKeys(norm: string): string[] {
  const keys = new Set<string>([norm]);
  for (const base of [norm, ...lemmaCandidates(norm)]) {
    for (const gender of ['m', 'f'] as const) {
      for (const f of generateForms(base, { kind: 'surname', gender })) {
        if (f === norm || base === norm || lemmaCandidates(f).includes(base)) keys.add(foldKey(f));
      }
    }
  }
  // Keep only forms that lead back to the written one: a base whose paradigm contains it.
  return [...keys].filter((k) => k === norm || sameParadigm(k, norm));
}

function sameParadigm(a: string, b: string): boolean {
  const la = new Set([a, ...lemmaCandidates(a)]);
  return [b, ...lemmaCandidates(b)].some((x) => la.has(x));
}

/** «Петра Иванова» → «Петр Иванов»: the given name's lemma tells the case and the gender. */
export function baseName(written: string[]): string {
  if (written.length < 2) return written.join(' ');
  const first = foldKey(written[0]!);
  const lemma = GIVEN_NAMES.has(first) ? first : lemmaCandidates(first).find((l) => GIVEN_NAMES.has(l));
  if (!lemma || lemma === first) return written.join(' ');
  const ending = first.slice(commonPrefix(first, lemma));
  const female = /[ая]$/.test(lemma);
  const out = [cap(written[0]!.slice(0, commonPrefix(first, lemma)) + lemma.slice(commonPrefix(first, lemma)))];
  // Lowercase words are name particles («де», «фон дер»): they do not decline.
  for (const w of written.slice(1)) out.push(/^\p{Ll}/u.test(w) ? w : nominativeSurname(w, ending, female));
  return out.join(' ');
}

function nominativeSurname(w: string, givenEnding: string, female: boolean): string {
  if (/\.$/.test(w)) return w;
  if (female) {
    const m = /(ой|у)$/.exec(w);
    return m && /(ов|ев|ин|ын)(ой|у)$/.test(w) ? w.slice(0, -m[0].length) + 'а' : w;
  }
  if (givenEnding === '') return w;
  const m = /(ым|ом|ем|а|у|е|я|ю)$/.exec(w);
  return m ? w.slice(0, -m[0].length) + (m[0] === 'я' || m[0] === 'ю' || m[0] === 'ем' ? 'й' : '') : w;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
