/** Turns the parsed dataset files into a `KnowledgeBase` (no I/O here: callers fetch or read the JSON). */
import { KnowledgeBase } from '../knowledge/knowledge-base';
import type { DatasetFiles } from './dataset';
import { lazyRecords } from './lazy-records';

/**
 * Builds the knowledge base from parsed dataset JSON. Cheap: places are unpacked row by row when
 * first read, and the id map, heads and search index are built on first use.
 */
export function loadKnowledgeBase(files: DatasetFiles): KnowledgeBase {
  return new KnowledgeBase(lazyRecords(files.entities), files.search, files.manifest, files.match);
}
