/** Small DOM helpers for turning a batch of page changes into the regions to (re)annotate. */
import { composedParent, isKontextElement } from './exclude';
import { INLINE_TAGS } from './walker';


/**
 * The block element a text node belongs to, stepping out of highlights and inline elements: when
 * text changes, the whole block is annotated again, as names may span inline elements.
 */
export function blockRegionOf(node: Node): Element | null {
  let cur = composedParent(node);
  while (cur && (isKontextElement(cur) || INLINE_TAGS.has(cur.tagName.toUpperCase()))) {
    const parent = composedParent(cur);
    if (!parent) break;
    cur = parent;
  }
  return cur;
}

/** Drops nodes contained in other nodes of the list (and duplicates), keeping order. */
export function outermost(nodes: readonly Node[]): Node[] {
  const unique = new Set(nodes);
  // Walking up from each node is O(n × depth), unlike comparing every pair (a page may add thousands).
  return [...unique].filter((node) => {
    for (let up = node.parentNode; up; up = up.parentNode) if (unique.has(up)) return false;
    return true;
  });
}
