import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES } from '../../../lib/data/dataset';
import { assembleDataset, loadMatchCompiler } from '../../../scripts/data/assemble';
import { DEFAULT_PATHS } from '../../../scripts/data/paths';
import { sourcesPresent } from './helpers';

const SIZE_BUDGET = 6 * 1024 * 1024;
const committed = (name: string): string => readFileSync(join(DEFAULT_PATHS.dataset, name), 'utf8');

describe.runIf(sourcesPresent)('data build', () => {
  it('is deterministic and the committed dataset is current', async () => {
    const compile = await loadMatchCompiler();
    expect(compile).toBeDefined();
    const a = assembleDataset(DEFAULT_PATHS.sources, DEFAULT_PATHS.curated, compile);
    const b = assembleDataset(DEFAULT_PATHS.sources, DEFAULT_PATHS.curated, compile);
    expect(Object.keys(a.files)).toEqual(Object.keys(b.files));
    for (const name of Object.keys(a.files)) expect(a.files[name] === b.files[name], name).toBe(true);
    // Stale: run `npm run data:build` and commit assets/public/dataset.
    for (const name of Object.keys(a.files)) expect(a.files[name] === committed(name), `${name} is stale`).toBe(true);
  }, 120_000);
});

describe('committed dataset', () => {
  it('has a version made of a source date and a content hash', () => {
    const m = JSON.parse(committed(DATASET_FILES.manifest)) as { version: string };
    expect(m.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
  });

  it(`fits the ${SIZE_BUDGET / 1024 / 1024} MB budget`, () => {
    const total = Object.values(DATASET_FILES).reduce((sum, n) => sum + Buffer.byteLength(committed(n)), 0);
    expect(total).toBeLessThan(SIZE_BUDGET);
  });
});
