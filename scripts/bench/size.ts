/**
 * Sizes: the zipped Chrome extension, the content-script bundle and the dataset files. `wxt zip`
 * builds first, so the sizes are of the tree as it is now.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { DATASET_FILES } from '../../lib/data/dataset';
import type { Figure } from './report';

const KB = 1024;
const MB = 1024 * KB;
export const EXT_DIR = join('.output', 'chrome-mv3');

function run(cmd: string, args: string[], cwd?: string): void {
  const out = spawnSync(cmd, args, { encoding: 'utf8', cwd });
  if (out.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${out.stdout}\n${out.stderr}`);
}

/** Builds and zips the Chrome extension; returns the zip's path. */
export function buildAndZip(): string {
  run('npx', ['wxt', 'zip']);
  const zips = readdirSync('.output').filter((f) => f.endsWith('-chrome.zip'));
  const newest = zips.map((f) => join('.output', f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) throw new Error('wxt zip wrote no *-chrome.zip');
  return newest;
}

/** An unpacked copy of the built extension with another dataset in it (for a stale committed one). */
export function extensionWithDataset(datasetDir: string): string {
  const dir = mkdtempSync(join(os.tmpdir(), 'kontext-bench-ext-'));
  cpSync(EXT_DIR, dir, { recursive: true });
  for (const f of Object.values(DATASET_FILES)) cpSync(join(datasetDir, f), join(dir, 'dataset', f));
  return dir;
}

/** Zip size of a folder with the system `zip` (deflate, default level), for the patched copy only. */
function zipSize(dir: string): number {
  const zip = join(os.tmpdir(), `kontext-bench-${process.pid}.zip`);
  rmSync(zip, { force: true });
  run('zip', ['-q', '-r', zip, '.'], dir);
  const size = statSync(zip).size;
  rmSync(zip, { force: true });
  return size;
}

const abs = (section: Figure['section'], name: string, value: number, unit: string, limit: number, target: string): Figure => ({
  section, name, value, unit, baseline: null, baselineLabel: 'budget', ratio: null, target, pass: value < limit,
});

export function benchSize(zipPath: string, datasetDir: string, patchedExt: string | null): Figure[] {
  const figures: Figure[] = [];
  figures.push(abs('size', 'chrome zip (wxt zip)', statSync(zipPath).size / MB, 'MB', 8, '< 8 MB'));
  if (patchedExt) {
    figures.push(abs('size', 'chrome zip with the rebuilt dataset (zip -r, estimate)', zipSize(patchedExt) / MB, 'MB', 8, '< 8 MB'));
  }
  // Every page gets both: prepare.js at document_start, content.js at document_idle.
  const scriptKb = (f: string) => statSync(join(EXT_DIR, 'content-scripts', f)).size / KB;
  figures.push(abs('size', 'content-script bundles (content.js + prepare.js)', scriptKb('content.js') + scriptKb('prepare.js'), 'KB', 100, '< 100 KB'));
  figures.push({ ...abs('size', '  of which content.js', scriptKb('content.js'), 'KB', 100, '—'), pass: null });
  let total = 0;
  for (const f of Object.values(DATASET_FILES)) {
    const bytes = statSync(join(datasetDir, f)).size;
    total += bytes;
    figures.push({ ...abs('size', `  dataset ${f}`, bytes / MB, 'MB', 6, '—'), pass: null });
  }
  figures.push(abs('size', 'dataset, all files (uncompressed)', total / MB, 'MB', 6, '< 6 MB'));
  return figures;
}
