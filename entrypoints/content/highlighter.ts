/**
 * Wraps recognized spans in `<kontext-mention>` elements. Only text nodes are split; nothing is
 * parsed as HTML, and unwrapping (with the `Pieces` registry) restores the original text nodes.
 */
import type { Mention } from '@/lib/match/types';
import { Highlight, MENTION_TAG, Targets } from './highlight';
import type { Chunk } from './walker';
import type { Pieces } from './pieces';

export { MENTION_TAG, Highlight, Targets, mentionKey, type MentionTarget } from './highlight';

/**
 * Wraps each mention of one chunk; spans crossing node boundaries are wrapped piece by piece.
 * Nothing is wrapped when the page changed the chunk's text since it was collected (the mutation
 * observer will bring it back), and mentions whose offsets do not match the text are dropped.
 */
export function wrapMentions(chunk: Chunk, mentions: readonly Mention[], pieces?: Pieces, targets: Targets = new Targets()): Highlight[] {
  if (!isChunkCurrent(chunk)) return [];
  const out: Highlight[] = [];
  // Work from the end so earlier offsets stay valid while nodes are split.
  const ordered = mentions.filter((m) => isValidMention(chunk, m)).sort((a, b) => b.start - a.start);
  const segments = chunk.segments;
  for (const mention of ordered) {
    const elements: HTMLElement[] = [];
    for (let i = segments.length - 1; i >= 0; i--) {
      const seg = segments[i]!;
      const len = seg.node.data.length;
      const from = Math.max(mention.start, seg.start);
      const to = Math.min(mention.end, seg.start + len);
      if (from >= to || !seg.node.parentNode) continue;
      // An earlier (overlapping) mention may already have moved this text into a highlight.
      if ((seg.node.parentNode as Element).localName === MENTION_TAG) continue;
      elements.unshift(wrapRange(seg.node, from - seg.start, to - seg.start, mention, pieces));
    }
    const [first, ...more] = elements;
    if (first) out.push(new Highlight(targets.of(mention), first, mention.role, more.length ? more : null));
  }
  return out.reverse();
}

/** The chunk's text nodes still hold exactly the text that was sent. */
function isChunkCurrent(chunk: Chunk): boolean {
  return chunk.segments.every((seg) => seg.node.parentNode !== null && chunk.text.startsWith(seg.node.data, seg.start));
}

function isValidMention(chunk: Chunk, m: Mention): boolean {
  if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > chunk.text.length) return false;
  if (m.start >= m.end) return false;
  return typeof m.text !== 'string' || chunk.text.slice(m.start, m.end) === m.text;
}

function wrapRange(node: Text, from: number, to: number, mention: Mention, pieces?: Pieces): HTMLElement {
  const split = (n: Text, at: number) => (pieces ? pieces.split(n, at) : n.splitText(at));
  let target = node;
  // Splitting keeps `node` as the head; the tail after `to` stays a separate text node.
  if (to < target.data.length) split(target, to);
  if (from > 0) target = split(target, from);
  const el = node.ownerDocument.createElement(MENTION_TAG);
  // Attribute text, never markup (setAttribute rather than `dataset`, which would keep a wrapper per element).
  el.setAttribute('data-kontext-type', mention.type);
  el.setAttribute('data-kontext-entity', mention.entityId ?? '');
  target.parentNode!.insertBefore(el, target);
  el.appendChild(target);
  return el;
}

/** Puts a highlight's text back where the highlight was and removes the element. */
export function unwrapElement(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** Removes one highlight's elements ("hide this name"); text pieces are merged back later by the session. */
export function unwrapHighlight(highlight: Highlight): void {
  for (const el of highlight.elements) unwrapElement(el);
}

/**
 * Removes highlights and merges split text back (via `pieces`), restoring the page's original text
 * nodes. Without `pieces`, only the elements go and the split text nodes stay (same text).
 */
export function unwrapHighlights(highlights: Iterable<Highlight>, pieces?: Pieces, within?: Node | ReadonlySet<Node>): void {
  for (const h of highlights) for (const el of h.elements) unwrapElement(el);
  pieces?.restore(within);
}

/** Removes every highlight element under `root` (a fallback sweep; text nodes stay split). */
export function unwrapAll(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(MENTION_TAG))) unwrapElement(el);
}
