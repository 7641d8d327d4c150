/**
 * `npm run data:build [-- --sources DIR] [--out DIR] [--curated DIR]`
 * Builds the runtime dataset from the shared sources (default `../shared/data` from the repo root,
 * or $KONTEXT_SOURCES) and the curated records, writes it, and prints a size report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assembleDataset, loadMatchCompiler } from './assemble';
import { DEFAULT_PATHS } from './paths';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sources = resolve(arg('--sources') ?? process.env.KONTEXT_SOURCES ?? DEFAULT_PATHS.sources);
const out = resolve(arg('--out') ?? DEFAULT_PATHS.dataset);
const curated = resolve(arg('--curated') ?? DEFAULT_PATHS.curated);

const t0 = performance.now();
const compile = await loadMatchCompiler();
if (!compile) console.warn('WARNING: lib/match/compile.ts is not loadable; match.json NOT written');
const { files, manifest } = assembleDataset(sources, curated, compile);
mkdirSync(out, { recursive: true });
let total = 0;
const report: string[] = [];
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(out, name), text);
  const bytes = Buffer.byteLength(text);
  total += bytes;
  report.push(`  ${name.padEnd(16)} ${(bytes / 1024).toFixed(0).padStart(7)} KB`);
}
console.log(`dataset ${manifest.version} → ${out}`);
console.log(report.join('\n'));
console.log(`  ${'total'.padEnd(16)} ${(total / 1024).toFixed(0).padStart(7)} KB (budget 6 MB)`);
console.log(`  counts ${JSON.stringify(manifest.counts)}`);
console.log(`  built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
