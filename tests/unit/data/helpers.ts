/** Shared fixtures for data tests: the committed dataset, parsed once per test file. */
import { existsSync } from 'node:fs';
import { allRecords } from '../../../lib/data/pack';
import type { EntityRecord } from '../../../lib/data/types';
import { readDatasetFiles } from '../../../scripts/cli/dataset';
import { DEFAULT_PATHS } from '../../../scripts/data/paths';

export const files = readDatasetFiles();
export const records: EntityRecord[] = allRecords(files.entities);
export const byId = new Map(records.map((r) => [r.id, r]));
/** The shared sources are outside the repo; staleness checks need them. */
export const sourcesPresent = existsSync(DEFAULT_PATHS.sources);
