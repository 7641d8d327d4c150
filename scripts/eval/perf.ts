/**
 * `npx tsx scripts/eval/perf.ts`: size of the match index per section, load time against a bare
 * JSON.parse of the same bytes, and recognition time against a bare normalize+tokenize pass on
 * ~1 MB of news text (the gold texts repeated). Prints ratios, the numbers the budgets are in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetEntities } from '../../lib/data/dataset';
import { allRecords } from '../../lib/data/pack';
import { compileMatchIndex } from '../../lib/match/compile';
import { createRecognizer, recordNames } from '../../lib/match/recognizer';
import { tokenize } from '../../lib/text/tokenize';
import { DEFAULT_DATASET_DIR } from './pipeline';

function best(runs: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const entities = JSON.parse(readFileSync(join(DEFAULT_DATASET_DIR, 'entities.json'), 'utf8')) as DatasetEntities;
const records = allRecords(entities);
const names = recordNames(records);
const index = compileMatchIndex(records);
const json = JSON.stringify(index);
console.log(`index: ${Buffer.byteLength(json)} bytes`);
for (const [k, v] of Object.entries(index)) console.log(`  ${k.padEnd(8)} ${Buffer.byteLength(JSON.stringify(v))}`);

const parseMs = best(5, () => JSON.parse(json));
const loadMs = best(5, () => createRecognizer(JSON.parse(json) as typeof index, names));
console.log(`load: JSON.parse ${parseMs.toFixed(1)} ms, parse+createRecognizer ${loadMs.toFixed(1)} ms (${(loadMs / parseMs).toFixed(2)}×)`);

const dir = join('tests', 'fixtures', 'eval');
const texts = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }).text);
const chunks: string[] = [];
let size = 0;
while (size < 1_000_000) for (const t of texts) for (const p of t.split(/\n\s*\n/)) { chunks.push(p); size += p.length; }
const recognizer = createRecognizer(index, names);
recognizer.recognizeDocument(chunks.slice(0, 200)); // warm up (fuzzy index, JIT)
const tokMs = best(3, () => { for (const c of chunks) tokenize(c); });
const recMs = best(3, () => { for (const c of chunks) recognizer.recognize(c); });
const docMs = best(3, () => recognizer.recognizeDocument(chunks));
console.log(`text: ${size} chars in ${chunks.length} chunks`);
console.log(`tokenize ${tokMs.toFixed(0)} ms, recognize per chunk ${recMs.toFixed(0)} ms (${(recMs / tokMs).toFixed(2)}×), as one document ${docMs.toFixed(0)} ms (${(docMs / tokMs).toFixed(2)}×)`);
