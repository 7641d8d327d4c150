/** Reads the committed dataset from disk for the CLI (Node only; the extension fetches it instead). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, type DatasetFiles } from '../../lib/data/dataset';
import { loadKnowledgeBase } from '../../lib/data/load';
import type { KnowledgeBase } from '../../lib/knowledge/knowledge-base';
import { DEFAULT_PATHS } from '../data/paths';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Parses the dataset files in `dir` (default: the committed `assets/public/dataset`). */
export function readDatasetFiles(dir: string = DEFAULT_PATHS.dataset): DatasetFiles {
  const matchPath = join(dir, DATASET_FILES.match);
  return {
    manifest: readJson(join(dir, DATASET_FILES.manifest)),
    entities: readJson(join(dir, DATASET_FILES.entities)),
    search: readJson(join(dir, DATASET_FILES.search)),
    match: existsSync(matchPath) ? readJson(matchPath) : undefined,
  };
}

/** The knowledge base over the dataset in `dir`. */
export function readKnowledgeBase(dir?: string): KnowledgeBase {
  return loadKnowledgeBase(readDatasetFiles(dir));
}
