/** Small timing and statistics helpers shared by the bench sections. */

/** Milliseconds spent in `fn` (one call). */
export function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Median of `runs` timed calls after `warmup` untimed ones: the median resists the noise of a
 * shared 2-core machine (other test runs, GC) better than the mean.
 */
export function timeMedian(fn: () => void, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(timeOnce(fn));
  return median(samples);
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
