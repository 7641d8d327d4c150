/**
 * Groups walked chunks into message batches and decides the order they are sent and wrapped in:
 * the batch that starts at the first chunk on (or below) the screen goes first, then the batches
 * above it, then the rest as the walk produces them. On a page opened at the top that is simply
 * document order. Highlights still end up in document order: each batch's highlights are inserted
 * after those of the batches before it (`madeBefore`).
 */
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { Chunk } from './walker';

/** Text per message: enough to amortize messaging, small enough that neither side stalls on one batch. */
export const BATCH_CHARS = 32_000;

type AnnotateReply = ResponseOf<'content→bg:annotate'>;

export interface SentBatch {
  /** Position of the batch in document order. */
  index: number;
  chunks: Chunk[];
  reply: Promise<AnnotateReply>;
}

/**
 * True when the chunk's block ends at or below the top of the viewport: in document order, the
 * first such chunk is where the reader is. One layout read per chunk, made only while the walk has
 * not reached the screen yet, and before any highlight is written (so layout is clean).
 */
export function isOnOrBelowScreen(chunk: Chunk): boolean {
  const el = chunk.segments[0]?.node.parentElement;
  return !el || el.getBoundingClientRect().bottom >= 0;
}

export class BatchPlan {
  private readonly batches: Chunk[][] = [];
  private readonly sent: SentBatch[] = [];
  private readonly made: number[] = [];
  /** Batches above the screen, sent once the on-screen batch is. */
  private held: number[] = [];
  private current: Chunk[] = [];
  private size = 0;
  /** Index of the batch that starts on screen, once known. */
  private screenBatch = -1;

  constructor(private readonly send: (chunks: Chunk[]) => Promise<AnnotateReply>) {}

  /** Whether the walk has reached the screen (no more position checks needed). */
  get onScreen(): boolean {
    return this.screenBatch !== -1;
  }

  /** Adds the next chunk in document order; `startsScreen` marks the first chunk on or below the screen. */
  add(chunk: Chunk, startsScreen: boolean): void {
    if (startsScreen && !this.onScreen) {
      this.close();
      this.screenBatch = this.batches.length;
    }
    this.current.push(chunk);
    this.size += chunk.text.length;
    if (this.size >= BATCH_CHARS) this.close();
  }

  /** The next batch to wrap, in send order (closing the walk on the first call), or null when all are done. */
  next(): SentBatch | null {
    this.close();
    this.release();
    return this.sent.shift() ?? null;
  }

  /** Records how many highlights a wrapped batch made. */
  done(index: number, made: number): void {
    this.made[index] = made;
  }

  /** Highlights made by the batches before `index` in document order (those wrapped so far). */
  madeBefore(index: number): number {
    let sum = 0;
    for (let i = 0; i < index; i++) sum += this.made[i] ?? 0;
    return sum;
  }

  private close(): void {
    if (!this.current.length) return;
    const index = this.batches.push(this.current) - 1;
    this.current = [];
    this.size = 0;
    if (!this.onScreen) {
      this.held.push(index);
      return;
    }
    this.dispatch(index);
    if (index === this.screenBatch) this.release();
  }

  /** Sends whatever was held back (after the on-screen batch, or at the end of a walk that never reached the screen). */
  private release(): void {
    const held = this.held;
    this.held = [];
    for (const index of held) this.dispatch(index);
  }

  private dispatch(index: number): void {
    const chunks = this.batches[index]!;
    this.batches[index] = []; // the plan keeps no text once a batch is handed over
    this.sent.push({ index, chunks, reply: this.send(chunks) });
  }
}
