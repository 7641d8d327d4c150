// @vitest-environment happy-dom
/** Batches are sent on-screen first, then the ones above, then the rest; wrapping keeps document order. */
import { describe, expect, test } from 'vitest';
import type { Mention } from '@/lib/match/types';
import { BATCH_CHARS, BatchPlan } from '@/entrypoints/content/batch-plan';
import { FrameShare, WRAP_HIGHLIGHTS_PER_FRAME, wrapPaced } from '@/entrypoints/content/paced-wrap';
import { Targets, type Highlight } from '@/entrypoints/content/highlighter';
import { Pieces } from '@/entrypoints/content/pieces';
import { createSlicer } from '@/entrypoints/content/scheduler';
import { collectChunks } from '@/entrypoints/content/walker';
import type { Chunk } from '@/entrypoints/content/walker';

const big = (id: number): Chunk => ({ id, text: 'x'.repeat(BATCH_CHARS), segments: [] });

describe('BatchPlan', () => {
  test('the batch that starts on screen is sent first, then those above it, then the rest', async () => {
    const sent: number[] = [];
    const plan = new BatchPlan(async (chunks) => {
      sent.push(chunks[0]!.id);
      return { lang: 'ru', chunks: [] };
    });
    for (let id = 0; id < 5; id++) plan.add(big(id), id === 2);
    expect(sent).toEqual([2, 0, 1, 3, 4]); // after the screen, each batch is sent as soon as it is full
    const order: number[] = [];
    for (let next = plan.next(); next; next = plan.next()) {
      order.push(next.index);
      plan.done(next.index, 10);
    }
    expect(order).toEqual([2, 0, 1, 3, 4]);
    expect(sent).toEqual([2, 0, 1, 3, 4]);
    expect(plan.madeBefore(3)).toBe(30);
  });

  test('a page opened at the top is sent in document order', () => {
    const sent: number[] = [];
    const plan = new BatchPlan(async (chunks) => {
      sent.push(chunks[0]!.id);
      return { lang: 'ru', chunks: [] };
    });
    for (let id = 0; id < 3; id++) plan.add(big(id), true);
    expect(sent).toEqual([0, 1, 2]);
  });
});

describe('wrapPaced', () => {
  test('a paragraph full of names is spread over frames, and its highlights stay in document order', async () => {
    document.body.innerHTML = `<p>${Array.from({ length: 300 }, (_, i) => `Имя${String(i).padStart(3, '0')}`).join(' ')}</p>`;
    const [chunk] = collectChunks(document.body, { nextId: () => 1, checkStyle: false });
    const mentions: Mention[] = [];
    for (let i = chunk!.text.indexOf('Имя'); i >= 0; i = chunk!.text.indexOf('Имя', i + 1)) {
      mentions.push({ start: i, end: i + 6, type: 'PER', text: chunk!.text.slice(i, i + 6), entityId: null, name: chunk!.text.slice(i, i + 6), score: 1 });
    }
    let frames = 0;
    const slicer = createSlicer({ signal: new AbortController().signal, setTimeout: (fn) => setTimeout(fn, 0), requestFrame: (fn) => (frames++, setTimeout(fn, 0)), budgetMs: 1_000 });
    const into: Highlight[] = [];
    const made = await wrapPaced([chunk!], [{ id: 1, mentions }], { slicer, pieces: new Pieces(), targets: new Targets(), keep: () => true, quiet: (f) => f(), into, now: () => 0 }, new FrameShare(), 0);
    expect(made).toBe(300);
    expect(frames).toBeGreaterThanOrEqual(Math.floor(300 / WRAP_HIGHLIGHTS_PER_FRAME.max));
    expect(into.map((h) => h.text)).toEqual(mentions.map((m) => m.text));
    expect(document.body.textContent).toBe(chunk!.text);
  });

  test('the share halves after a slow frame and grows back after fast ones', () => {
    const share = new FrameShare();
    share.observe(100);
    expect(share.highlights).toBe(WRAP_HIGHLIGHTS_PER_FRAME.start / 2);
    for (let i = 0; i < 50; i++) share.observe(5);
    expect(share.highlights).toBe(WRAP_HIGHLIGHTS_PER_FRAME.max);
    for (let i = 0; i < 50; i++) share.observe(500);
    expect(share.highlights).toBe(WRAP_HIGHLIGHTS_PER_FRAME.min);
  });
});
