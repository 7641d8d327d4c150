/** Turns the parsed dataset files into a `KnowledgeBase` (no I/O here: callers fetch or read the JSON). */
import { KnowledgeBase } from '../knowledge/knowledge-base';
import type { DatasetFiles } from './dataset';
import { allRecords } from './pack';

/** Builds the knowledge base from parsed dataset JSON. */
export function loadKnowledgeBase(files: DatasetFiles): KnowledgeBase {
  return new KnowledgeBase(allRecords(files.entities), files.search, files.manifest, files.match);
}
