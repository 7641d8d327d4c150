/**
 * Multi-word names in an oblique case whose forms were not generated: «Нацбанка КР»,
 * «Правительства РФ», «Исламской Республики Иран», «Министерством водных ресурсов и ирригации».
 * In a Russian name only a prefix of the words declines (adjectives and the head noun); the tail
 * is a frozen genitive or an abbreviation. So we lemmatize words from the left while they may
 * still decline, keep the rest as written, and let the index's prefix test prune the search.
 */
import { lemmaCandidates, sharedStem } from '../morph/lemma';
import { type KeyNode, childNode, keyNode } from './key-nodes';
import type { RuntimeIndex } from './runtime-index';

const NO_LEMMAS: readonly string[] = [];

/** Beam width: a handful of lemma paths survive the prefix test in practice. */
const MAX_STATES = 12;

/**
 * Keys for the first `n` words of `norms` read as a nominative name, one per lemma path, keeping
 * only paths the index continues or holds. Calls `visit(node, length)` for every length from 1 up
 * to `norms.length` with the key's node (its key and the index's answers). `first`, when given,
 * holds the first word's nodes: its own form's, then each of its lemmas' in `lemmaCandidates`
 * order (lookup keeps them per word).
 */
export function walkNominative(
  norms: readonly string[],
  index: RuntimeIndex,
  visit: (node: KeyNode, length: number) => void,
  first?: () => readonly KeyNode[],
): void {
  if (norms.length === 0) return;
  // The states of the walk as two parallel arrays (no object per state): each reading's node and
  // whether all its words were lemmatized, so the next one may decline too.
  const norm0 = norms[0]!;
  let nodes: KeyNode[];
  if (first) nodes = first().slice(0, MAX_STATES);
  else {
    nodes = [keyNode(index, norm0)];
    if (norm0.length >= 4) for (const l of lemmaCandidates(norm0)) nodes.push(keyNode(index, l));
    if (nodes.length > MAX_STATES) nodes.length = MAX_STATES;
  }
  let declining: boolean[] = nodes.map((_, k) => k > 0);
  for (const node of nodes) visit(node, 1);
  for (let j = 1; j < norms.length && nodes.length > 0; j++) {
    const norm = norms[j]!;
    const lemmas = norm.length >= 4 ? lemmaCandidates(norm) : NO_LEMMAS;
    // What every reading of this word keeps: after a head, one prefix test on it stands for a
    // lookup per reading (most heads continue with other words, so most readings are no key).
    const stem = lemmas.length > 0 ? sharedStem(norm, lemmas) : norm;
    const nextNodes: KeyNode[] = [];
    const nextDeclining: boolean[] = [];
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k]!;
      if (!node.probe.continues) continue;
      if (declining[k] && lemmas.length > 0 && stem !== norm && !childNode(index, node, stem).probe.prefix) continue;
      nextNodes.push(childNode(index, node, norm));
      nextDeclining.push(false);
      if (declining[k]) {
        for (const l of lemmas) {
          nextNodes.push(childNode(index, node, l));
          nextDeclining.push(true);
        }
      }
    }
    if (nextNodes.length > MAX_STATES) nextNodes.length = nextDeclining.length = MAX_STATES;
    nodes = nextNodes;
    declining = nextDeclining;
    for (const node of nodes) visit(node, j + 1);
  }
}

/** Every nominative reading of the whole phrase that the index holds or continues. */
export function nominativeKeys(norms: readonly string[], index: RuntimeIndex): string[] {
  const out: string[] = [];
  walkNominative(norms, index, (node, n) => {
    if (n === norms.length && (node.probe.refs.length > 0 || node.probe.continues)) out.push(node.key);
  });
  return out;
}
