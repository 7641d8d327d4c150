/**
 * Time slicing for content-side work, so annotating even a very long page never blocks the page:
 * loops ask `shouldYield()` and `await yield()` once they have used a slice's budget.
 */

/**
 * Work per slice. Chromium reports main-thread tasks of 50 ms or more as long tasks; 6 ms of our own
 * work leaves room for the style and layout our DOM changes cause, for the page's own tasks, and for
 * a busy machine stretching every task.
 */
export const SLICE_BUDGET_MS = 6;

/** Thrown out of `yield()` when the session was stopped, so nested loops unwind in one step. */
export class SliceAborted extends Error {
  constructor() {
    super('Annotation stopped');
    this.name = 'SliceAborted';
  }
}

export interface Slicer {
  /** True once the current slice has used its budget (or `budgetMs`). Cheap: call it in hot loops. */
  shouldYield(budgetMs?: number): boolean;
  /** Gives the event loop back to the page, then starts a new slice; throws `SliceAborted` when stopped. */
  yield(): Promise<void>;
  /**
   * Like `yield()`, but first lets the page render a frame: after a slice of DOM changes, so the
   * rendering they cause is not stacked with the next slice's. Falls back to `yield()` in hidden
   * tabs, where frames do not come.
   */
  yieldFrame(): Promise<void>;
  /** After an `await` that was not a yield (a message reply): throws when stopped, else starts a new slice. */
  resume(): void;
  /** Longest slice of our own work so far, ms (for diagnostics and tests). */
  readonly longestSliceMs: number;
}

export interface SlicerOptions {
  signal: AbortSignal;
  /** A timer that stops firing when the extension is reloaded (`ctx.setTimeout`). */
  setTimeout: (handler: () => void, ms: number) => unknown;
  /** Calls back before the next frame (`ctx.requestAnimationFrame`); without it, frames are not awaited. */
  requestFrame?: (handler: () => void) => unknown;
  /** Whether frames are being rendered (false in a hidden tab). */
  rendering?: () => boolean;
  budgetMs?: number;
  now?: () => number;
}

interface PrioritizedScheduler {
  yield(): Promise<void>;
}

/** `scheduler.yield()` resumes ahead of other queued tasks (Chromium 129+); a timer elsewhere. */
function nativeYield(): (() => Promise<void>) | null {
  const candidate = (globalThis as { scheduler?: Partial<PrioritizedScheduler> }).scheduler;
  return typeof candidate?.yield === 'function' ? () => candidate.yield!() : null;
}

/** Creates a slicer bound to one session's abort signal. */
export function createSlicer(options: SlicerOptions): Slicer {
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const native = nativeYield();
  let sliceStart = now();
  let longest = 0;

  const check = () => {
    if (options.signal.aborted) throw new SliceAborted();
  };

  const yieldNow = async () => {
    longest = Math.max(longest, now() - sliceStart);
    check();
    if (native) await native();
    else await new Promise<void>((resolve) => options.setTimeout(resolve, 0));
    check();
    sliceStart = now();
  };

  return {
    shouldYield: (budgetMs = budget) => now() - sliceStart >= budgetMs,
    yield: yieldNow,
    async yieldFrame() {
      const frame = options.requestFrame;
      if (frame && (options.rendering?.() ?? true)) {
        longest = Math.max(longest, now() - sliceStart);
        check();
        await new Promise<void>((resolve) => frame(resolve));
      }
      await yieldNow(); // after the frame callback, so the frame renders before we continue
    },
    resume() {
      check();
      sliceStart = now();
    },
    get longestSliceMs() {
      return longest;
    },
  };
}

/** True for the error a stopped slicer throws (callers swallow it: stopping is not a failure). */
export function isSliceAborted(error: unknown): boolean {
  return error instanceof SliceAborted;
}
