/**
 * Collects the visible article text of a page as chunks (one per block element), remembering which
 * text node each character came from so returned spans can be wrapped in place.
 */

/** Elements whose text is never annotated: code, form controls, editors, scripts, graphics, our own UI. */
export const EXCLUDED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE',
  'KONTEXT-MENTION', 'KONTEXT-CARD',
]);

/** Inline elements: text inside them belongs to the surrounding block's chunk. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL',
  'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BR',
]);

export interface Segment {
  node: Text;
  /** Offset of this node's first character in the chunk text. */
  start: number;
}

export interface Chunk {
  id: number;
  text: string;
  segments: Segment[];
}

/** True when the element (or an ancestor up to `root`) must not be annotated. */
export function isExcluded(el: Element, root: Node): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (EXCLUDED_TAGS.has(cur.tagName.toUpperCase())) return true;
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return true;
    if ((cur as HTMLElement).isContentEditable || cur.getAttribute('contenteditable') === 'true') return true;
  }
  return false;
}

function blockOf(node: Node, root: Node): Node {
  let cur = node.parentNode;
  while (cur && cur !== root && cur instanceof Element && INLINE_TAGS.has(cur.tagName.toUpperCase())) {
    cur = cur.parentNode;
  }
  return cur ?? root;
}

/** Hidden by CSS (display:none, visibility:hidden). Checked once per block and cached. */
function isHiddenByStyle(el: Element, cache: Map<Element, boolean>): boolean {
  const cached = cache.get(el);
  if (cached !== undefined) return cached;
  const view = el.ownerDocument.defaultView;
  let hidden = false;
  if (view) {
    const style = view.getComputedStyle(el);
    hidden = style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
    if (!hidden && el.parentElement) hidden = isHiddenByStyle(el.parentElement, cache);
  }
  cache.set(el, hidden);
  return hidden;
}

/**
 * Walks text nodes under `root` in document order and groups them into chunks by block ancestor.
 * `firstId` lets later passes (dynamic content) continue the numbering.
 */
export function collectChunks(root: Node, firstId = 0, checkStyle = true): Chunk[] {
  const doc = root.ownerDocument ?? (root as Document);
  const chunks: Chunk[] = [];
  const styleCache = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || !node.nodeValue || !node.nodeValue.trim()) return 2; // FILTER_REJECT
      if (isExcluded(parent, root)) return 2;
      if (checkStyle && isHiddenByStyle(parent, styleCache)) return 2;
      return 1; // FILTER_ACCEPT
    },
  });
  let current: Chunk | null = null;
  let currentBlock: Node | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node, root);
    if (!current || block !== currentBlock) {
      current = { id: firstId + chunks.length, text: '', segments: [] };
      chunks.push(current);
      currentBlock = block;
    }
    current.segments.push({ node, start: current.text.length });
    current.text += node.nodeValue;
  }
  return chunks;
}
