/**
 * Collects the visible article text of a page as chunks (one per block element, bounded in size),
 * remembering which text node each character came from so returned spans can be wrapped in place.
 * The walk is a generator that stops at checkpoints, so a caller can spread a long page over many
 * short tasks; open shadow roots are walked where they are met, same-origin frames are reported.
 */
import { isExcludedElement, isInExcludedContext, styleVerdict, type StyleVerdict } from './exclude';
import type { Pieces } from './pieces';

/** Inline elements: text inside them belongs to the surrounding block's chunk. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL',
  'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR', 'BR', 'KONTEXT-MENTION',
]);

/** Chunks stay below this many characters: messages stay small and no single wrap step is long. */
export const MAX_CHUNK_CHARS = 4_000;

/** Nodes visited between checkpoints (a checkpoint costs one clock read in the caller). */
const NODES_PER_CHECKPOINT = 64;

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

export interface WalkOptions {
  /** Allocates chunk ids (unique per session, so replies can be matched to chunks). */
  nextId: () => number;
  /** Whether to ask CSS about visibility (off in DOM-less unit tests). */
  checkStyle?: boolean;
  /** Text nodes already collected: skipped, and every node collected is added (dynamic passes pick up new text only). */
  seen?: WeakSet<Text>;
  /** Called for each element skipped because it is hidden, so un-hiding it can be noticed. */
  onHidden?: (el: Element) => void;
  /** Called for each frame element met (same-origin frames are annotated separately). */
  onFrame?: (frame: Element) => void;
  /** Called for each open shadow root entered. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Registry for splits of over-long text nodes; without it long nodes make one long chunk. */
  pieces?: Pieces;
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const ACCEPT = 1;
const REJECT = 2;

/** True when text inside `el` continues the surrounding block. */
function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

function blockOf(node: Node, root: Node): Node {
  let cur = node.parentNode;
  while (cur && cur !== root && cur.nodeType === 1 && isInline(cur as Element)) cur = cur.parentNode;
  return cur ?? root;
}

/** Where to cut an over-long text: after a sentence, else at a space, else anywhere. */
function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max);
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
  if (sentence > max / 2) return sentence + 1;
  const space = window.lastIndexOf(' ');
  return space > max / 2 ? space + 1 : max;
}

/**
 * Walks text under `root` in document order and yields chunks, and `null` at checkpoints where the
 * caller may pause. Excluded and hidden subtrees are never entered.
 */
export function* walkChunks(root: Node, options: WalkOptions): Generator<Chunk | null, void, void> {
  const checkStyle = options.checkStyle ?? true;
  if (isInExcludedContext(root, checkStyle)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const verdicts = new Map<Element, StyleVerdict>();
  const verdictOf = (el: Element): StyleVerdict => {
    let verdict = verdicts.get(el);
    if (verdict === undefined) {
      verdict = checkStyle ? styleVerdict(el) : 'shown';
      verdicts.set(el, verdict);
    }
    return verdict;
  };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        if (tag === 'IFRAME' || tag === 'FRAME') options.onFrame?.(el);
        if (isExcludedElement(el)) {
          if (el.hasAttribute('hidden') || el.hasAttribute('aria-hidden')) options.onHidden?.(el);
          return REJECT;
        }
        if (isUnslotted(el) || isFoldedAway(el) || verdictOf(el) === 'none') {
          options.onHidden?.(el);
          return REJECT;
        }
        return ACCEPT;
      }
      const text = node as Text;
      if (!text.data.trim() || options.seen?.has(text) || isUnslotted(text) || isFoldedAway(text)) return REJECT;
      const parent = text.parentElement;
      if (parent && verdictOf(parent) === 'invisible') {
        options.onHidden?.(parent);
        return REJECT;
      }
      return ACCEPT;
    },
  });

  let current: Chunk | null = null;
  let currentBlock: Node | null = null;
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % NODES_PER_CHECKPOINT === 0) yield null;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName.toUpperCase() === 'BR' && current) current.text += '\n'; // keep lines apart
      const shadow = el.shadowRoot;
      if (shadow) {
        options.onShadowRoot?.(shadow);
        if (current) yield current;
        current = null;
        yield* walkChunks(shadow, options);
      }
      continue;
    }
    const text = node as Text;
    if (options.pieces && text.data.length > MAX_CHUNK_CHARS) {
      options.pieces.split(text, cutPoint(text.data, MAX_CHUNK_CHARS)); // the walker visits the rest next
    }
    const block = blockOf(text, root);
    if (!current || block !== currentBlock || current.text.length + text.data.length > MAX_CHUNK_CHARS) {
      if (current) yield current;
      current = { id: options.nextId(), text: '', segments: [] };
      currentBlock = block;
    }
    options.seen?.add(text);
    current.segments.push({ node: text, start: current.text.length });
    current.text += text.data;
  }
  if (current) yield current;
}

/** Content of a closed `<details>` other than its summary is not shown (CSS cannot tell us so). */
function isFoldedAway(node: Element | Text): boolean {
  const parent = node.parentElement;
  if (!parent || parent.tagName.toUpperCase() !== 'DETAILS' || parent.hasAttribute('open')) return false;
  return !(node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'SUMMARY');
}

/** Light-DOM children of a shadow host that no slot takes are not rendered. */
function isUnslotted(node: Element | Text): boolean {
  const parent = node.parentElement;
  return Boolean(parent?.shadowRoot) && !node.assignedSlot;
}

/** Collects every chunk under `root` in one go (small dynamic additions, tests). */
export function collectChunks(root: Node, options: WalkOptions): Chunk[] {
  const chunks: Chunk[] = [];
  for (const chunk of walkChunks(root, options)) if (chunk) chunks.push(chunk);
  return chunks;
}
