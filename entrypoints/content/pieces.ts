/**
 * Text-node splits made by Kontext, remembered so they can be undone exactly. Splitting keeps the
 * original node as the head (frameworks hold references to their text nodes and update them in
 * place) and creates "pieces" for the rest; restoring appends each piece back to the node before it,
 * so the page gets its original text nodes back — not merely equal text (no `normalize()`, which
 * would also merge the page's own adjacent text nodes).
 */
export class Pieces {
  /** Piece → the page's original text node it was split from. */
  private readonly origins = new Map<Text, Text>();
  /** Page text nodes that have pieces (a fast test for removals seen by the observer). */
  private readonly heads = new WeakSet<Text>();

  /** `onSplit` lets the owner carry per-node state (such as "already annotated") over to the tail. */
  constructor(private readonly onSplit?: (head: Text, tail: Text) => void) {}

  /** Splits `node` at `offset` and returns the new tail node (a piece). */
  split(node: Text, offset: number): Text {
    const tail = node.splitText(offset);
    const origin = this.origins.get(node) ?? node;
    this.origins.set(tail, origin);
    this.heads.add(origin);
    this.onSplit?.(node, tail);
    return tail;
  }

  /** True for a text node Kontext created by splitting. */
  has(node: Node): boolean {
    return this.origins.has(node as Text);
  }

  /** True for a page text node that Kontext split (it has pieces). */
  isOrigin(node: Node): boolean {
    return this.heads.has(node as Text);
  }

  get size(): number {
    return this.origins.size;
  }

  /**
   * Merges pieces back into their left neighbours: all, those inside `within` (a node), or those
   * whose parent is in `within` (a set). Call after the highlights there are unwrapped.
   */
  restore(within?: Node | ReadonlySet<Node>): void {
    for (const piece of this.origins.keys()) {
      if (within && !(within instanceof Set ? within.has(piece.parentNode!) : (within as Node).contains(piece))) continue;
      this.origins.delete(piece);
      const prev = piece.previousSibling;
      if (prev && prev.nodeType === 3 && piece.parentNode) {
        (prev as Text).appendData(piece.data);
        piece.remove();
      }
    }
  }

  /**
   * Removes the pieces of `origin` from the page: the page replaced or removed that text node as a
   * whole (a framework re-render), so the rest of its old text must go too. Returns the pieces'
   * former parents, so emptied highlights can be removed.
   */
  drop(origin: Text): Node[] {
    const parents: Node[] = [];
    for (const [piece, from] of this.origins) {
      if (from !== origin) continue;
      this.origins.delete(piece);
      if (piece.parentNode) parents.push(piece.parentNode);
      piece.remove();
    }
    return parents;
  }
}
