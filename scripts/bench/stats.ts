/** Small timing and statistics helpers shared by the bench sections. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// V8's collector, reachable without a command-line flag: the flag is set before a new context is
// made, and that context's global `gc` is the process's.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (options: { type: 'minor' | 'major'; execution: 'sync' }) => void;

/** Two young-generation collections: what survives them is in the old generation. */
function settleYoungGeneration(): void {
  collect({ type: 'minor', execution: 'sync' });
  collect({ type: 'minor', execution: 'sync' });
}

/**
 * Milliseconds spent in `fn` and in collecting its garbage, and nothing else's. The young
 * generation is settled before the clock starts, so what the setup just made (a new recognizer,
 * the warm-up news it read) is old, as it is in a background that read those pages minutes ago,
 * and the sample does not copy it. It is settled again before the clock stops, so the sample pays
 * for its own survivors (the word caches it filled, copied twice on their way to the old
 * generation, as V8 does) wherever the collector would have run. Not a full collection: passes
 * right after one ran slower (18–54 ms against 16–23 ms on the long article; why was not pinned
 * down), which a running background does not see.
 */
export function settledSample(fn: () => void): SettledSample {
  settleYoungGeneration();
  // What the same two collections cost with nothing to collect, to subtract (see `chargedMs`).
  const empty = timeOnce(settleYoungGeneration);
  const t0 = performance.now();
  fn();
  const t1 = performance.now();
  settleYoungGeneration();
  return { withGc: performance.now() - t0, work: t1 - t0, empty };
}

export interface SettledSample {
  /** The call and the two collections after it. */
  withGc: number;
  /** The call alone (its garbage left for later). */
  work: number;
  /** Two collections with nothing to collect, just before the call. */
  empty: number;
}

/**
 * Each sample's call and the collection of its garbage: `withGc` less `emptyCost`, what two
 * collections cost with nothing to collect (see `emptyCollections`).
 */
export function chargedMs(samples: readonly SettledSample[], emptyCost: number): number[] {
  return samples.map((s) => Math.max(0, s.withGc - emptyCost));
}

/**
 * What two collections cost with nothing to collect, as the median of `samples`' readings (a
 * tenth of a millisecond to several when a major collection is under way, as large as the demo's
 * whole tokenize pass): one reading is too noisy to subtract.
 */
export function emptyCollections(samples: readonly SettledSample[]): number {
  return median(samples.map((s) => s.empty));
}

/** Milliseconds spent in `fn` (one call). */
export function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 0.5);
}

/** Nearest-rank percentile (p in 0..1); NaN for an empty list. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

export function max(xs: readonly number[]): number {
  return xs.reduce((m, x) => Math.max(m, x), Number.NEGATIVE_INFINITY);
}

/** UTF-8 size in KB (1024 bytes), the unit the throughput figures use. */
export function kbOf(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1024;
}
