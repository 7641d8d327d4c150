/**
 * Time slicing for content-side work, so annotating even a very long page never blocks the page:
 * loops ask `shouldYield()` and `await yield()` once they have used a slice's budget.
 */

/**
 * Work per slice. Chromium reports main-thread tasks of 50 ms or more as long tasks; 8 ms of our own
 * work leaves room for the style and layout our DOM changes cause, and for the page's own tasks.
 */
export const SLICE_BUDGET_MS = 8;

/** Thrown out of `yield()` when the session was stopped, so nested loops unwind in one step. */
export class SliceAborted extends Error {
  constructor() {
    super('Annotation stopped');
    this.name = 'SliceAborted';
  }
}

export interface Slicer {
  /** True once the current slice has used its budget. Cheap: call it in hot loops. */
  shouldYield(): boolean;
  /** Gives the event loop back to the page, then starts a new slice; throws `SliceAborted` when stopped. */
  yield(): Promise<void>;
  /** After an `await` that was not a yield (a message reply): throws when stopped, else starts a new slice. */
  resume(): void;
  /** Longest slice of our own work so far, ms (for diagnostics and tests). */
  readonly longestSliceMs: number;
}

export interface SlicerOptions {
  signal: AbortSignal;
  /** A timer that stops firing when the extension is reloaded (`ctx.setTimeout`). */
  setTimeout: (handler: () => void, ms: number) => unknown;
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

  return {
    shouldYield: () => now() - sliceStart >= budget,
    async yield() {
      longest = Math.max(longest, now() - sliceStart);
      check();
      if (native) await native();
      else await new Promise<void>((resolve) => options.setTimeout(resolve, 0));
      check();
      sliceStart = now();
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
