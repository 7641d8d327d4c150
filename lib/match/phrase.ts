/**
 * Multi-word names in an oblique case whose forms were not generated: «Нацбанка КР»,
 * «Правительства РФ», «Исламской Республики Иран», «Министерством водных ресурсов и ирригации».
 * In a Russian name only a prefix of the words declines (adjectives and the head noun); the tail
 * is a frozen genitive or an abbreviation. So we lemmatize words from the left while they may
 * still decline, keep the rest as written, and let the index's prefix test prune the search.
 */
import { lemmaCandidates, sharedStem } from '../morph/lemma';
import type { RuntimeIndex } from './runtime-index';

interface State {
  key: string;
  /** The words so far were all lemmatized, so the next one may decline too. */
  declining: boolean;
}

const NO_LEMMAS: readonly string[] = [];

/** Beam width: a handful of lemma paths survive the prefix test in practice. */
const MAX_STATES = 12;

/**
 * Folded keys for the first `n` words of `norms` read as a nominative name, one per lemma path,
 * keeping only paths the index continues or holds. Calls `visit(key, length)` for every length
 * from 1 up to `norms.length` (callers look up the keys they need).
 */
export function walkNominative(
  norms: readonly string[],
  index: RuntimeIndex,
  visit: (key: string, length: number) => void,
): void {
  let states: State[] = [{ key: '', declining: true }];
  for (let j = 0; j < norms.length && states.length > 0; j++) {
    const norm = norms[j]!;
    const lemmas = norm.length >= 4 ? lemmaCandidates(norm) : NO_LEMMAS;
    // What every reading of this word keeps: after a head, one prefix test on it stands for a
    // lookup per reading (most heads continue with other words, so most readings are no key).
    const stem = j > 0 && lemmas.length > 0 ? sharedStem(norm, lemmas) : norm;
    const next: State[] = [];
    for (const s of states) {
      if (j > 0 && !index.continues(s.key)) continue;
      // No closure per state: this runs for every capitalized word that may start a longer name.
      const head = j === 0 ? '' : s.key + ' ';
      if (s.declining && lemmas.length > 0 && stem !== norm && !index.hasPrefix(head + stem)) continue;
      next.push({ key: head + norm, declining: false });
      if (s.declining) for (const l of lemmas) next.push({ key: head + l, declining: true });
    }
    states = next.slice(0, MAX_STATES);
    for (const s of states) visit(s.key, j + 1);
  }
}

/** Every nominative reading of the whole phrase that the index holds or continues. */
export function nominativeKeys(norms: readonly string[], index: RuntimeIndex): string[] {
  const out: string[] = [];
  walkNominative(norms, index, (key, n) => {
    if (n === norms.length && (index.refs(key).length > 0 || index.continues(key))) out.push(key);
  });
  return out;
}
