/**
 * One cold start, in a fresh process so no parsed object or JIT warmth carries over:
 * `tsx cold-start-child.ts <dataset dir> full|parse` prints one JSON line of timings (ms).
 * `parse` is the baseline: read + JSON.parse of the same files. `full` goes on to the knowledge
 * base, the recognizer and a first tiny recognize, then records the costs deferred to first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, type DatasetFiles } from '../../lib/data/dataset';
import { loadKnowledgeBase } from '../../lib/data/load';
import type { CompiledMatchIndex } from '../../lib/match/index-format';
import { createRecognizer, recordNames } from '../../lib/match/recognizer';

const [dir = '', mode = 'full'] = process.argv.slice(2);
const TINY = 'Токаев прилетел в Астану.';
/**
 * Reaches the fuzzy matcher (a capitalized word not in the index), whose index is built lazily:
 * the groups of the letters queried on first use, all of them when the background is idle.
 */
const FUZZY = 'Вчера встретились Шмурдяков и Пельтихин.';

function parseAll(): Record<keyof typeof DATASET_FILES, unknown> {
  const read = (n: string): unknown => JSON.parse(readFileSync(join(dir, n), 'utf8'));
  return {
    manifest: read(DATASET_FILES.manifest),
    entities: read(DATASET_FILES.entities),
    search: read(DATASET_FILES.search),
    match: read(DATASET_FILES.match),
  };
}

const t0 = performance.now();
const parsed = parseAll();
const tParsed = performance.now();
if (mode === 'parse') {
  console.log(JSON.stringify({ parse: tParsed - t0 }));
} else {
  const kb = loadKnowledgeBase(parsed as unknown as DatasetFiles);
  const tKb = performance.now();
  const recognizer = createRecognizer(parsed.match as CompiledMatchIndex, recordNames(kb.records));
  const tRec = performance.now();
  recognizer.recognize(TINY, { lang: 'ru' });
  const tReady = performance.now();
  recognizer.recognize(FUZZY, { lang: 'ru' });
  const tFuzzy = performance.now();
  recognizer.warm();
  const tFuzzyAll = performance.now();
  kb.search('токаев', 10);
  const tSearch = performance.now();
  console.log(JSON.stringify({
    parse: tParsed - t0,
    knowledgeBase: tKb - tParsed,
    recognizer: tRec - tKb,
    tinyRecognize: tReady - tRec,
    ready: tReady - t0,
    firstFuzzy: tFuzzy - tReady,
    fuzzyWarm: tFuzzyAll - tFuzzy,
    firstSearch: tSearch - tFuzzyAll,
  }));
}
