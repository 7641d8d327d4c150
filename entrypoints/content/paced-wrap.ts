/**
 * Wraps the mentions of a batch of chunks, paced by rendered frames. Our own script time per frame
 * is small; what makes a frame long is the rendering our changes cause (style for every new
 * element, layout for every changed paragraph), and our timer cannot see that. So each frame gets a
 * fixed amount of change — paragraphs touched and highlight elements inserted — whatever the
 * wrapping speed, and a paragraph with many names is split across frames.
 */
import type { Mention } from '@/lib/match/types';
import { wrapMentions, type Highlight, type Targets } from './highlighter';
import type { Pieces } from './pieces';
import type { Slicer } from './scheduler';
import type { Chunk } from './walker';

/** Our own wrapping per frame, ms. */
export const WRAP_BUDGET_MS = 3;
/**
 * Blocks (paragraphs) changed per frame. The browser lays out every changed paragraph again in the
 * next frame, which costs far more than wrapping it (measured: ~2000 dirty layout objects took 60 ms
 * on a loaded 2-core machine); a cap keeps that frame short whatever the wrapping speed. It follows
 * the highlight share (one paragraph per ten highlights), within these bounds.
 */
export const WRAP_CHUNKS_PER_FRAME = { min: 2, max: 12 } as const;
/**
 * Highlight elements inserted per frame: each new element costs style, layout and paint in the
 * next frame. The share adapts: halved after a slow frame (a busy machine stretches rendering as
 * much as script), grown back slowly after fast ones, between these bounds.
 */
export const WRAP_HIGHLIGHTS_PER_FRAME = { min: 20, start: 80, max: 160 } as const;
/** A frame (from our yield to the next slice) slower than this halves the share. */
export const SLOW_FRAME_MS = 34;
/** Mentions wrapped in one step, so one paragraph full of names cannot overrun a frame's share. */
export const WRAP_GROUP = 20;

export interface PacedWrapOptions {
  slicer: Slicer;
  pieces: Pieces;
  targets: Targets;
  /** Mentions to wrap (the reader's hidden names are left out). */
  keep: (mention: Mention) => boolean;
  /** Runs a DOM change of ours without the mutation observer reporting it. */
  quiet: <T>(change: () => T) => T;
  /** Where new highlights go, in document order. */
  into: Highlight[];
  /** Clock (tests pass a fake one). */
  now?: () => number;
}

/** How much change a frame may take, adapted to how long frames really take. */
export class FrameShare {
  highlights: number = WRAP_HIGHLIGHTS_PER_FRAME.start;

  /** Paragraphs a frame may change. */
  get chunks(): number {
    return Math.min(WRAP_CHUNKS_PER_FRAME.max, Math.max(WRAP_CHUNKS_PER_FRAME.min, Math.round(this.highlights / 10)));
  }

  /** Feeds back the duration of the frame that rendered the last share. */
  observe(frameMs: number): void {
    if (frameMs > SLOW_FRAME_MS) this.highlights = Math.max(WRAP_HIGHLIGHTS_PER_FRAME.min, this.highlights >> 1);
    else this.highlights = Math.min(WRAP_HIGHLIGHTS_PER_FRAME.max, this.highlights + WRAP_GROUP);
  }
}

/**
 * Wraps `mentions` (by chunk id) into `chunks`, inserting the new highlights into `into` from index
 * `at` on, and yielding a rendered frame whenever a frame's share is used. Returns how many were made.
 */
export async function wrapPaced(
  chunks: readonly Chunk[],
  mentions: readonly { id: number; mentions: readonly Mention[] }[],
  options: PacedWrapOptions,
  share: FrameShare,
  at: number,
): Promise<number> {
  const { slicer, into } = options;
  const now = options.now ?? (() => performance.now());
  const byId = new Map(chunks.map((c) => [c.id, c]));
  let touched = 0;
  let inserted = 0;
  let made = 0;
  const nextFrame = async () => {
    const started = now();
    await slicer.yieldFrame();
    share.observe(now() - started);
    touched = 0;
    inserted = 0;
  };
  for (const annotated of mentions) {
    const chunk = byId.get(annotated.id);
    if (!chunk || !annotated.mentions.length) continue;
    if (touched >= share.chunks || inserted >= share.highlights || slicer.shouldYield(WRAP_BUDGET_MS)) await nextFrame();
    touched++;
    // From the end of the chunk: offsets before a wrapped name stay valid (the head text node keeps them).
    const ordered = annotated.mentions.filter(options.keep).sort((a, b) => b.start - a.start);
    let base = at + made;
    for (let end = 0; end < ordered.length; end += WRAP_GROUP) {
      if (end > 0 && (inserted >= share.highlights || slicer.shouldYield(WRAP_BUDGET_MS))) {
        await nextFrame();
        touched = 1;
      }
      const group = ordered.slice(end, end + WRAP_GROUP);
      const wrapped = options.quiet(() => wrapMentions(chunk, group, options.pieces, options.targets));
      // Highlights may have been removed meanwhile ("hide this name"): never insert past the end.
      base = Math.min(base, into.length);
      // Earlier names of the chunk go before its later ones already in place: document order.
      into.splice(base, 0, ...wrapped);
      inserted += wrapped.length;
      made += wrapped.length;
    }
  }
  return made;
}
