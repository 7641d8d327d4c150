/**
 * The index's answers about keys of several words, kept as a tree by word: «a b c» is the node of
 * «c» under «b» under «a». Lookup asks about the same spans over and over (a name, then the name
 * with its next word, each reading of each word); walking the tree reads one small map per word,
 * keyed by the word's own string, where asking the index built the key «a b c» and hashed it each
 * time. The key is built once, when its node is made. One tree per recognizer, like its other
 * word-level caches.
 */
import { NOTHING, type Probe } from './forms-table';
import type { RuntimeIndex } from './runtime-index';

export interface KeyNode {
  readonly key: string;
  /** The index's answers for `key`: its refs, and whether longer keys start with it. */
  readonly probe: Probe;
  /** Nodes of this key followed by a space and a word (or a word's stem), made on first use. */
  next: Map<string, KeyNode> | undefined;
}

/**
 * The node of every key that no key starts with. Such a key has no refs and no continuations, so
 * no one reads its string or asks for its children: one node serves them all. On a new article
 * most keys asked about are such (about 60%), and each used to keep a node and its key string
 * for the recognizer's life, memory that every young-generation collection copied.
 */
const NO_KEY: KeyNode = { key: '', probe: NOTHING, next: undefined };

/** The node for `key` with the index's answers `probe`. */
function nodeOf(key: string, probe: Probe): KeyNode {
  return probe.prefix ? { key, probe, next: undefined } : NO_KEY;
}

/** One-word keys remembered per recognizer before the tree starts over. */
const ROOTS_LIMIT = 50_000;
const rootsByIndex = new WeakMap<RuntimeIndex, Map<string, KeyNode>>();

/** The node of the one-word key `word`. */
export function keyNode(index: RuntimeIndex, word: string): KeyNode {
  let roots = rootsByIndex.get(index);
  if (!roots) rootsByIndex.set(index, (roots = new Map()));
  let node = roots.get(word);
  if (!node) {
    // The roots are this key's cache: the index's own would keep a second entry for it.
    node = nodeOf(word, index.probeUncached(word));
    if (roots.size >= ROOTS_LIMIT) roots.clear();
    roots.set(word, node);
  }
  return node;
}

/**
 * The node of `node`'s key, a space and `word`. Its answers come straight from the index: the tree
 * is their cache, as the roots are for one-word keys.
 */
export function childNode(index: RuntimeIndex, node: KeyNode, word: string): KeyNode {
  // No key continues this one with another word, so none starts with it and `word`.
  if (!node.probe.continues) return NO_KEY;
  let child = node.next?.get(word);
  if (!child) {
    const key = node.key + ' ' + word;
    child = nodeOf(key, index.probeUncached(key));
    (node.next ??= new Map()).set(word, child);
  }
  return child;
}
