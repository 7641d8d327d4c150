/**
 * What the bench installs in every page before its scripts run (main world, via addInitScript):
 * long tasks, long animation frames with script attribution (to tell the extension's work from
 * the page's), and the moment the first highlight element appears. The isolated world shares the
 * page's event loop and DOM, so both are visible from here.
 */

export interface ProbeData {
  longtasks: { start: number; duration: number }[];
  /** Scripts inside long animation frames (Chromium 123+), with their source URL. */
  loafScripts: { url: string; duration: number; invoker: string }[];
  /** performance.now() when the first <kontext-mention> was added, or -1. */
  firstMark: number;
}

interface LoafScript {
  sourceURL?: string;
  duration: number;
  invoker?: string;
}

/** Runs in the page: must be self-contained (it is serialized by Playwright). */
export function installProbe(): void {
  const data: ProbeData = { longtasks: [], loafScripts: [], firstMark: -1 };
  (window as unknown as { __kontextBench: ProbeData }).__kontextBench = data;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) data.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        for (const s of (e as unknown as { scripts?: LoafScript[] }).scripts ?? []) {
          data.loafScripts.push({ url: s.sourceURL ?? '', duration: s.duration, invoker: s.invoker ?? '' });
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Older engines: long tasks alone still answer the budget question.
  }
  const marks = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeName === 'KONTEXT-MENTION') {
          data.firstMark = performance.now();
          marks.disconnect();
          return;
        }
      }
    }
  });
  marks.observe(document, { childList: true, subtree: true });
}
