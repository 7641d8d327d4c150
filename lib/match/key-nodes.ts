/**
 * The index's answers about keys of several words, kept as a tree by word: «a b c» is the node of
 * «c» under «b» under «a». Lookup asks about the same spans over and over (a name, then the name
 * with its next word, each reading of each word); walking the tree reads one small map per word,
 * keyed by the word's own string, where asking the index built the key «a b c» and hashed it each
 * time. The key is built once, when its node is made. One tree per recognizer, like its other
 * word-level caches.
 */
import { KeyRange, type Probe } from './forms-table';
import type { RuntimeIndex } from './runtime-index';

export interface KeyNode {
  readonly key: string;
  /** The index's answers for `key`: its refs, and whether longer keys start with it. */
  readonly probe: Probe;
  /** Nodes of this key followed by a space and a word (or a word's stem), made on first use. */
  next: Map<string, KeyNode> | undefined;
  /**
   * Every key that continues this one (starts with it and a space), read once when a first child
   * is asked for and there are few; null when there are many (children are then looked up one by
   * one). A child's continuations are a part of its parent's.
   */
  continuations: KeyRange | null | undefined;
}

/** No keys: what a key with no continuations continues into. */
const EMPTY_RANGE = new KeyRange('', [], []);

/** Continuations read at once per key (a name with more, such as «министерство», is asked key by key). */
const CONTINUATIONS_LIMIT = 32;

/** One-word keys remembered per recognizer before the tree starts over. */
const ROOTS_LIMIT = 50_000;
const rootsByIndex = new WeakMap<RuntimeIndex, Map<string, KeyNode>>();

/**
 * The node of the one-word key `word`. `answer`, when given, supplies the index's answers for a new
 * node (from a key range already read) instead of a lookup.
 */
export function keyNode(index: RuntimeIndex, word: string, answer?: (word: string) => Probe): KeyNode {
  let roots = rootsByIndex.get(index);
  if (!roots) rootsByIndex.set(index, (roots = new Map()));
  let node = roots.get(word);
  if (!node) {
    node = { key: word, probe: answer ? answer(word) : index.probe(word), next: undefined, continuations: undefined };
    if (roots.size >= ROOTS_LIMIT) roots.clear();
    roots.set(word, node);
  }
  return node;
}

/**
 * The node of `node`'s key, a space and `word`. Its answers come straight from the index (the tree
 * is their cache; the index's own cache serves one-word keys, which other rules ask about too).
 */
export function childNode(index: RuntimeIndex, node: KeyNode, word: string): KeyNode {
  let child = node.next?.get(word);
  if (!child) {
    const key = node.key + ' ' + word;
    const range = continuationsOf(index, node);
    const probe = range ? range.probe(key) : index.probeUncached(key);
    // The child's own continuations are those of the parent's that continue it.
    const continuations = range ? (probe.continues ? range.sub(key + ' ') : EMPTY_RANGE) : undefined;
    child = { key, probe, next: undefined, continuations };
    (node.next ??= new Map()).set(word, child);
  }
  return child;
}

function continuationsOf(index: RuntimeIndex, node: KeyNode): KeyRange | null {
  if (node.continuations === undefined) {
    node.continuations = node.probe.continues ? index.range(node.key + ' ', CONTINUATIONS_LIMIT) : EMPTY_RANGE;
  }
  return node.continuations;
}
