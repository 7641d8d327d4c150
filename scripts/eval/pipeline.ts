/**
 * The recognition pipeline as the CLI and the evaluation run it: the dataset's compiled match
 * index (or, when it is missing or stale, one compiled on the spot from the dataset's entities).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, type DatasetEntities } from '../../lib/data/dataset';
import { allRecords } from '../../lib/data/pack';
import { splitChunks } from '../../lib/extract/chunks';
import { compileMatchIndex } from '../../lib/match/compile';
import { type CompiledMatchIndex, INDEX_VERSION } from '../../lib/match/index-format';
import { type Recognizer, createRecognizer, recordNames } from '../../lib/match/recognizer';
import type { Mention } from '../../lib/match/types';

export const DEFAULT_DATASET_DIR = join('assets', 'public', 'dataset');

/** Loads the recognizer once for a run. */
export function loadRecognizer(dir: string = DEFAULT_DATASET_DIR): Recognizer {
  // Ids and names come from the entities, in the canonical order the index was compiled in.
  const entities = JSON.parse(readFileSync(join(dir, DATASET_FILES.entities), 'utf8')) as DatasetEntities;
  const records = allRecords(entities);
  const matchPath = join(dir, DATASET_FILES.match);
  if (existsSync(matchPath)) {
    const index = JSON.parse(readFileSync(matchPath, 'utf8')) as CompiledMatchIndex;
    if (index.v === INDEX_VERSION) return createRecognizer(index, recordNames(records));
    console.warn(`${matchPath} is v${index.v}, expected v${INDEX_VERSION}: compiling from entities`);
  }
  return createRecognizer(compileMatchIndex(records), recordNames(records));
}

/** Annotates a whole text as the extension does: paragraph chunks, one document. */
export function annotateText(recognizer: Recognizer, text: string, lang: 'ru' | 'en' | 'auto'): Mention[] {
  const chunks = splitChunks(text);
  const results = recognizer.recognizeDocument(chunks.map((c) => c.text), { lang });
  const out: Mention[] = [];
  chunks.forEach((c, i) => {
    for (const m of results[i] ?? []) out.push({ ...m, start: m.start + c.offset, end: m.end + c.offset });
  });
  return out;
}
