/**
 * Multi-word names in an oblique case whose forms were not generated: «Нацбанка КР»,
 * «Правительства РФ», «Исламской Республики Иран», «Министерством водных ресурсов и ирригации».
 * In a Russian name only a prefix of the words declines (adjectives and the head noun); the tail
 * is a frozen genitive or an abbreviation. So we lemmatize words from the left while they may
 * still decline, keep the rest as written, and let the index's prefix test prune the search.
 */
import { lemmaCandidates, sharedStem } from '../morph/lemma';
import type { RuntimeIndex } from './runtime-index';

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
  // The states of the walk, as two parallel arrays (no object per state): each key read so far and
  // whether all its words were lemmatized, so the next one may decline too.
  let keys: string[] = [''];
  let declining: boolean[] = [true];
  for (let j = 0; j < norms.length && keys.length > 0; j++) {
    const norm = norms[j]!;
    const lemmas = norm.length >= 4 ? lemmaCandidates(norm) : NO_LEMMAS;
    // What every reading of this word keeps: after a head, one prefix test on it stands for a
    // lookup per reading (most heads continue with other words, so most readings are no key).
    const stem = j > 0 && lemmas.length > 0 ? sharedStem(norm, lemmas) : norm;
    const nextKeys: string[] = [];
    const nextDeclining: boolean[] = [];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (j > 0 && !index.continues(key)) continue;
      const head = j === 0 ? '' : key + ' ';
      if (declining[k] && lemmas.length > 0 && stem !== norm && !index.hasPrefix(head + stem)) continue;
      nextKeys.push(head + norm);
      nextDeclining.push(false);
      if (declining[k]) {
        for (const l of lemmas) {
          nextKeys.push(head + l);
          nextDeclining.push(true);
        }
      }
    }
    if (nextKeys.length > MAX_STATES) nextKeys.length = nextDeclining.length = MAX_STATES;
    keys = nextKeys;
    declining = nextDeclining;
    for (const key of keys) visit(key, j + 1);
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
