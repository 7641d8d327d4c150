/**
 * `npm run bench [-- --skip-page] [--no-write]`: every performance budget of docs/design.md,
 * measured against its baseline in the same run, on texts derived from the committed fixtures.
 * Prints one table (figure, value, baseline, ratio, target, PASS/MISS) and writes it with the
 * machine description into docs/performance.md. Not part of the test suite: timings depend on
 * the machine, which is why every timing is a ratio to a baseline measured alongside it.
 */
import type { DatasetFiles } from '../../lib/data/dataset';
import { loadKnowledgeBase } from '../../lib/data/load';
import type { CompiledMatchIndex } from '../../lib/match/index-format';
import { recordNames } from '../../lib/match/recognizer';
import type { RecognizerInput } from './annotate';
import { benchAnnotate, benchNaive } from './annotate';
import { benchColdStart } from './cold-start';
import { chooseDataset, readRaw } from './dataset';
import { describeMachine } from './machine';
import { allAliases, buildNaiveFuse } from './naive';
import { benchPage } from './page';
import { articleHtml, startServers } from './page-server';
import { type Figure, printTable, writeResults } from './report';
import { benchSearch } from './search';
import { benchStartup } from './startup';
import { benchSize, buildAndZip, EXT_DIR, extensionWithDataset } from './size';
import { timeOnce } from './stats';
import { loadTexts } from './texts';
// The e2e fixture's browser (CHROMIUM_PATH or the system Chromium), so bench and e2e agree.
import { CHROMIUM } from '../../tests/e2e/support/fixtures';

const args = new Set(process.argv.slice(2));
const started = performance.now();
const step = (what: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`);

const machine = describeMachine(CHROMIUM);
const notes: string[] = [];
const figures: Figure[] = [];

step('dataset');
const dataset = chooseDataset();
if (dataset.note) notes.push(`Dataset: ${dataset.note}.`);
const raw = readRaw(dataset.dir);
const files: DatasetFiles = {
  manifest: JSON.parse(raw.manifest) as DatasetFiles['manifest'],
  entities: JSON.parse(raw.entities) as DatasetFiles['entities'],
  search: JSON.parse(raw.search) as DatasetFiles['search'],
  match: JSON.parse(raw.match) as unknown,
};
const kb = loadKnowledgeBase(files);
const match: RecognizerInput = [files.match as CompiledMatchIndex, recordNames(kb.records)];
const texts = loadTexts();

step('annotate');
const annotate = benchAnnotate(match, [texts.demo, texts.longRu, texts.mixed], texts.warmup);
figures.push(...annotate.figures);
const aliases = allAliases(files.entities);
let fuse = buildNaiveFuse([]);
const fuseBuild = timeOnce(() => {
  fuse = buildNaiveFuse(aliases);
});
step(`naive fuse.js over ${aliases.length} aliases`);
figures.push(...benchNaive(fuse, texts.demo, annotate.demoMsPerKb, fuseBuild));

step('search');
figures.push(...benchSearch(kb, fuse));

step('cold start (fresh processes)');
figures.push(...benchColdStart(dataset.dir));

step('size (wxt zip)');
const zip = buildAndZip();
// A stale committed dataset cannot annotate in the browser: measure a copy carrying the rebuilt one.
const extDir = dataset.note ? extensionWithDataset(dataset.dir) : EXT_DIR;
figures.push(...benchSize(zip, dataset.dir, dataset.note ? extDir : null));

figures.push(benchStartup());
if (!args.has('--skip-page')) {
  step('page (Chromium)');
  const servers = await startServers(articleHtml('Kontext bench: 1 MB of news', texts.mixed.text));
  try {
    figures.push(...(await benchPage(extDir, servers, CHROMIUM)));
  } finally {
    servers.close();
  }
  if (dataset.note) notes.push('Page figures: the built extension with the rebuilt dataset copied in (what `npm run data:build && npm run build` would ship).');
}

notes.push(
  'Annotate: chunks and 32,000-character messages as the content script sends them. Before timing, the pipeline and the tokenize baseline run 10 times over a warm-up text (V8 is still optimizing the recognizer after 3) no measured text contains (the related-article fixture pages, the start of the generated sacred-long page, generated English news). "New article" is the median of 15 passes, each on a new recognizer that has first annotated the warm-up text (other news, none of the measured sentences; its fuzzy index warmed whole before the clock, as the background does when idle after its first request), as the background recognizer has by a reader\'s next page; "first page of a cold recognizer" is the same on a new recognizer that has read nothing (reported, not gated); "repeat pass" is the same text again on the last recognizer. Each sample, and a tokenize sample taken beside it for the baseline (the median of those), starts after two young-generation collections (what the setup made is old, as in a background that read those pages earlier) and ends after two more, so it includes collecting its own garbage; what two collections cost with nothing to collect (the median over all samples of that text) is subtracted. Word-level memos that live for the process (lemma candidates, given-name and surname tests) stay warm, as in a background that has run a while. The cold-process line is the very first annotation the bench process runs (JIT and dataset unpacking included): start-up cost, not gated. The 1 MB text repeats the gold texts about 15 times, so after its first 66 KB most names hit the recognizer\'s cache.',
  'Cold start: median of 5 fresh Node processes each; baseline is read + JSON.parse of the same four files.',
  'Search: every prefix of «Гойкович», «нови сад», «Алматинской», «mid rk», «Vojvodina», «Токаев»; plain fuse.js is one Fuse over every alias string.',
  'Page: long tasks after DOMContentLoaded (the content script runs at document_idle); heap is V8 used size after GC, with the extension minus without.',
);

console.log('');
printTable(figures);
for (const n of notes) console.log(`- ${n}`);
if (!args.has('--no-write')) {
  writeResults(figures, machine, notes);
  console.log('\nResults written to docs/performance.md');
}
step('done');
