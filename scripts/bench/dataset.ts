/**
 * Which dataset the bench measures. Normally the committed `assets/public/dataset`; when its match
 * index was compiled by an older recognizer (the runtime refuses it), the bench builds a fresh copy
 * into a temp folder with the project's own data build, so the figures describe what a rebuilt
 * dataset would ship, and the report says so.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { DATASET_FILES } from '../../lib/data/dataset';
import { INDEX_VERSION } from '../../lib/match/index-format';

export const COMMITTED_DATASET = join('assets', 'public', 'dataset');

export interface DatasetChoice {
  dir: string;
  /** Why the committed dataset was not used, or null when it was. */
  note: string | null;
}

/** Raw JSON text of each dataset file, keyed like DATASET_FILES. */
export type RawDataset = Record<keyof typeof DATASET_FILES, string>;

export function readRaw(dir: string): RawDataset {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    manifest: read(DATASET_FILES.manifest),
    entities: read(DATASET_FILES.entities),
    search: read(DATASET_FILES.search),
    match: read(DATASET_FILES.match),
  };
}

function matchVersion(dir: string): number {
  // The version field sits at the end of the file; parsing 4–7 MB once is cheap enough here.
  return (JSON.parse(readFileSync(join(dir, DATASET_FILES.match), 'utf8')) as { v?: number }).v ?? 0;
}

export function chooseDataset(): DatasetChoice {
  const v = matchVersion(COMMITTED_DATASET);
  if (v === INDEX_VERSION) return { dir: COMMITTED_DATASET, note: null };
  const dir = join(os.tmpdir(), 'kontext-bench-dataset');
  const built = spawnSync('npx', ['tsx', join('scripts', 'data', 'build.ts'), '--out', dir], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`data build failed:\n${built.stderr}`);
  return {
    dir,
    note: `committed match.json is index v${v}, the recognizer expects v${INDEX_VERSION} (the built extension cannot annotate); measured a fresh \`npm run data:build\` output instead`,
  };
}
