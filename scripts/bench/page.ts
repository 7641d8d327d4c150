/**
 * The page half, in the real extension in Chromium: start-up work, time to highlights on the demo
 * article, the longest task and the JS heap the content script adds to a 1 MB page, each compared
 * with the same page in a browser without the extension.
 */
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { installProbe, type ProbeData } from './page-probe';
import type { Figure } from './report';
import { median } from './stats';

const LONG_TASK_MS = 50;
const HEAP_BUDGET_MB = 5;
/** Highlights count as settled when their number has not changed for this long. */
const SETTLE_MS = 2_000;
const POLL_MS = 250;
const MB = 1024 * 1024;

const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PageRun {
  probe: ProbeData;
  heapMb: number;
  domContentLoaded: number;
  loadEnd: number;
  marks: number;
  /** performance.now() when the mark count settled. */
  settledAt: number;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  // Twice: the first pass may only finalize what the second frees.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize / MB;
}

const markCount = (page: Page) => page.evaluate(() => document.querySelectorAll('kontext-mention').length);

/** Waits until the number of highlights stops changing (or `expectMarks` is false: a fixed wait). */
async function settle(page: Page, expectMarks: boolean, timeoutMs: number): Promise<number> {
  const until = Date.now() + timeoutMs;
  if (expectMarks) await page.waitForFunction(() => document.querySelector('kontext-mention') !== null, null, { timeout: timeoutMs });
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < until) {
    const n = await markCount(page);
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= SETTLE_MS) break;
    await page.waitForTimeout(POLL_MS);
  }
  return last;
}

async function visit(page: Page, url: string, expectMarks: boolean, timeoutMs: number): Promise<PageRun> {
  await page.goto(url, { waitUntil: 'load' });
  const marks = await settle(page, expectMarks, timeoutMs);
  const settledAt = await page.evaluate(() => performance.now());
  const probe = await page.evaluate(() => (window as unknown as { __kontextBench: ProbeData }).__kontextBench);
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { dcl: n?.domContentLoadedEventEnd ?? 0, load: n?.loadEventEnd ?? 0 };
  });
  return { probe, heapMb: await heapMb(page), domContentLoaded: nav.dcl, loadEnd: nav.load, marks, settledAt: settledAt - SETTLE_MS };
}

async function withExtension<T>(extDir: string, fn: (context: BrowserContext) => Promise<T>, chromiumPath: string): Promise<T> {
  const userDataDir = mkdtempSync(join(os.tmpdir(), 'kontext-bench-'));
  const dir = resolve(extDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [...BASE_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    viewport: { width: 1280, height: 900 },
  });
  try {
    await context.addInitScript(installProbe);
    return await fn(context);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function withoutExtension<T>(fn: (page: Page) => Promise<T>, chromiumPath: string): Promise<T> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: BASE_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(installProbe);
    return await fn(await context.newPage());
  } finally {
    await browser.close();
  }
}

const longestAfter = (run: PageRun, from: number) => Math.max(0, ...run.probe.longtasks.filter((t) => t.start >= from).map((t) => t.duration));
const longestExtensionScript = (run: PageRun) =>
  Math.max(0, ...run.probe.loafScripts.filter((s) => s.url.startsWith('chrome-extension://')).map((s) => s.duration));

export interface PageUrls {
  demoUrl: string;
  bigUrl: string;
}

/** Fresh browsers for the cold-background figures: one visit alone moved ±80 ms between runs. */
const COLD_RUNS = 3;

/** The first page a browser opens, its extension's worker up but nothing loaded yet. */
async function firstPage(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  // The worker is up before the first page, as after a browser start.
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return page;
}

export async function benchPage(extDir: string, urls: PageUrls, chromiumPath: string): Promise<Figure[]> {
  const ext = await withExtension(extDir, async (context) => {
    const page = await firstPage(context);
    const demoCold = await visit(page, urls.demoUrl, true, 60_000);
    const demoWarm = await visit(page, urls.demoUrl, true, 60_000);
    const big = await visit(page, urls.bigUrl, true, 180_000);
    return { demoCold, demoWarm, big };
  }, chromiumPath);
  const colds = [ext.demoCold];
  while (colds.length < COLD_RUNS) {
    colds.push(await withExtension(extDir, async (context) => visit(await firstPage(context), urls.demoUrl, true, 60_000), chromiumPath));
  }
  const bare = await withoutExtension(async (page) => ({
    demo: await visit(page, urls.demoUrl, false, 3_000),
    // As long as the extension run took to settle, so late page tasks would show in both.
    big: await visit(page, urls.bigUrl, false, Math.max(3_000, ext.big.settledAt - ext.big.loadEnd + SETTLE_MS)),
  }), chromiumPath);

  const info = (name: string, value: number, unit: string): Figure => ({
    section: 'page', name, value, unit, baseline: null, baselineLabel: '—', ratio: null, target: '—', pass: null,
  });
  const bigLong = longestAfter(ext.big, ext.big.domContentLoaded);
  const bareLong = longestAfter(bare.big, bare.big.domContentLoaded);
  const heapAdded = (w: PageRun, wo: PageRun) => w.heapMb - wo.heapMb;
  return [
    info(`demo: load event → first highlight, cold background (median of ${COLD_RUNS} browsers)`, median(colds.map((r) => r.probe.firstMark - r.loadEnd)), 'ms'),
    info(`demo: navigation start → first highlight, cold background (median of ${COLD_RUNS} browsers)`, median(colds.map((r) => r.probe.firstMark)), 'ms'),
    info('demo: load event → first highlight, warm background', ext.demoWarm.probe.firstMark - ext.demoWarm.loadEnd, 'ms'),
    info(`1 MB page: load event → highlights settled (${ext.big.marks} highlights)`, ext.big.settledAt - ext.big.loadEnd, 'ms'),
    {
      section: 'page', name: `1 MB page: longest task after DOMContentLoaded (${ext.big.probe.longtasks.length} long tasks in all)`,
      value: bigLong, unit: 'ms', baseline: bareLong, baselineLabel: 'without extension', ratio: null,
      target: `none ≥ ${LONG_TASK_MS} ms`, pass: bigLong < LONG_TASK_MS,
    },
    info('1 MB page: longest extension script in a long animation frame', longestExtensionScript(ext.big), 'ms'),
    {
      section: 'page', name: 'JS heap added, demo article', value: heapAdded(ext.demoWarm, bare.demo), unit: 'MB',
      baseline: bare.demo.heapMb, baselineLabel: 'page heap without extension', ratio: null, target: `< ${HEAP_BUDGET_MB} MB`,
      pass: heapAdded(ext.demoWarm, bare.demo) < HEAP_BUDGET_MB,
    },
    {
      section: 'page', name: 'JS heap added, 1 MB page', value: heapAdded(ext.big, bare.big), unit: 'MB',
      baseline: bare.big.heapMb, baselineLabel: 'page heap without extension', ratio: null, target: `< ${HEAP_BUDGET_MB} MB`,
      pass: heapAdded(ext.big, bare.big) < HEAP_BUDGET_MB,
    },
  ];
}
