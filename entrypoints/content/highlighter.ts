/**
 * Wraps recognized spans in `<kontext-mention>` elements. Only text nodes are split; nothing is
 * parsed as HTML, and unwrapping restores the original text nodes' content exactly.
 */
import type { Mention } from '@/lib/match/types';
import type { Chunk } from './walker';

export const MENTION_TAG = 'kontext-mention';

export interface Highlight {
  mention: Mention;
  /** Stable key for grouping (entity id or unknown name). */
  key: string;
  elements: HTMLElement[];
}

export function mentionKey(m: Pick<Mention, 'entityId' | 'type' | 'name'>): string {
  return m.entityId ?? `unknown:${m.type}:${m.name}`;
}

/** Wraps each mention of one chunk; spans crossing node boundaries are wrapped piece by piece. */
export function wrapMentions(chunk: Chunk, mentions: readonly Mention[]): Highlight[] {
  const out: Highlight[] = [];
  // Work from the end so earlier offsets stay valid while nodes are split.
  const ordered = [...mentions].sort((a, b) => b.start - a.start);
  const segments = chunk.segments.map((s) => ({ ...s }));
  for (const mention of ordered) {
    const elements: HTMLElement[] = [];
    for (let i = segments.length - 1; i >= 0; i--) {
      const seg = segments[i]!;
      const len = seg.node.nodeValue?.length ?? 0;
      const from = Math.max(mention.start, seg.start);
      const to = Math.min(mention.end, seg.start + len);
      if (from >= to) continue;
      if (!seg.node.parentNode) continue;
      const el = wrapRange(seg.node, from - seg.start, to - seg.start, mention);
      elements.unshift(el);
    }
    if (elements.length) out.push({ mention, key: mentionKey(mention), elements });
  }
  return out.reverse();
}

function wrapRange(node: Text, from: number, to: number, mention: Mention): HTMLElement {
  const doc = node.ownerDocument;
  let target = node;
  // splitText keeps `node` as the head; the tail after `to` stays a separate text node.
  if (to < (target.nodeValue?.length ?? 0)) target.splitText(to);
  if (from > 0) target = target.splitText(from);
  const el = doc.createElement(MENTION_TAG);
  el.dataset.kontextType = mention.type;
  el.dataset.kontextEntity = mention.entityId ?? '';
  target.parentNode!.insertBefore(el, target);
  el.appendChild(target);
  return el;
}

/** Removes one highlight's elements, merging the text back ("hide this name"). */
export function unwrapHighlight(highlight: Highlight): void {
  for (const el of highlight.elements) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    parent.normalize();
  }
}

/** Removes every highlight under `root`, merging the text back. */
export function unwrapAll(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(MENTION_TAG))) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    parent.normalize();
  }
}
