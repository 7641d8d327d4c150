/** The time slicer: yields once a slice's budget is used, and unwinds when stopped. */
import { describe, expect, test } from 'vitest';
import { createSlicer, isSliceAborted, SLICE_BUDGET_MS } from '@/entrypoints/content/scheduler';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createSlicer', () => {
  test('asks to yield once the budget is used, and starts a new slice after yielding', async () => {
    const time = clock();
    const slicer = createSlicer({ signal: new AbortController().signal, setTimeout: (h) => setTimeout(h, 0), now: time.now });
    expect(slicer.shouldYield()).toBe(false);
    time.advance(SLICE_BUDGET_MS);
    expect(slicer.shouldYield()).toBe(true);
    await slicer.yield();
    expect(slicer.shouldYield()).toBe(false);
    expect(slicer.longestSliceMs).toBe(SLICE_BUDGET_MS);
  });

  test('throws SliceAborted from yield() and resume() once stopped', async () => {
    const abort = new AbortController();
    const slicer = createSlicer({ signal: abort.signal, setTimeout: (h) => setTimeout(h, 0) });
    abort.abort();
    await expect(slicer.yield()).rejects.toSatisfy(isSliceAborted);
    expect(() => slicer.resume()).toThrow();
  });
});
