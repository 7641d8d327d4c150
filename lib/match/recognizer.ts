/**
 * The recognizer: text in, mentions out. Built once from a CompiledMatchIndex (in the background),
 * then called per chunk (`recognize`) or per document (`recognizeDocument`, which adds
 * cross-chunk coreference and context).
 */
import { FuzzyMatcher } from './fuzzy';
import type { EntityNames } from './entity-names';
import type { CompiledMatchIndex } from './index-format';
import { runDocument } from './document';
import { RuntimeIndex } from './runtime-index';
import type { Mention } from './types';

export interface RecognizeOptions {
  /** Language of the text; 'auto' (default) looks at the script. */
  lang?: 'ru' | 'en' | 'auto';
}

export interface Recognizer {
  /** Mentions in one text, sorted and non-overlapping; offsets are JS string offsets into `text`. */
  recognize(text: string, opts?: RecognizeOptions): Mention[];
  /** Mentions per chunk of one document, with coreference and context across chunks. */
  recognizeDocument(chunks: readonly string[], opts?: RecognizeOptions): Mention[][];
  /** Builds the lazy fuzzy index now (call when idle), so the first page does not wait for it. */
  warm(): void;
}

export type { EntityNames } from './entity-names';
export { recordNames } from './entity-names';

/**
 * Creates a recognizer over a compiled index (cheap: no per-key work). `names` gives each
 * ordinal's id and display name, usually `recordNames(records)` over the records the index was
 * compiled from (the dataset's `allRecords` order).
 */
export function createRecognizer(index: CompiledMatchIndex, names: EntityNames): Recognizer {
  const rt = new RuntimeIndex(index, names);
  const fuzzy = new FuzzyMatcher(index);
  const recognizeDocument = (chunks: readonly string[], opts?: RecognizeOptions) =>
    runDocument(chunks, rt, fuzzy, resolveLang(chunks, opts?.lang));
  return {
    recognize: (text, opts) => recognizeDocument([text], opts)[0] ?? [],
    recognizeDocument,
    warm: () => fuzzy.warm(),
  };
}

/** 'auto': Russian when Cyrillic letters outnumber Latin ones in the first few thousand chars. */
export function resolveLang(chunks: readonly string[], lang: RecognizeOptions['lang']): 'ru' | 'en' {
  if (lang === 'ru' || lang === 'en') return lang;
  let cyr = 0;
  let lat = 0;
  for (const c of chunks) {
    // A char-code count over each chunk's first 4,000 chars: no slice, no array of matches.
    const n = Math.min(c.length, 4000);
    for (let i = 0; i < n; i++) {
      const code = c.charCodeAt(i);
      if (code >= 0x400 && code <= 0x4ff) cyr++;
      else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) lat++;
    }
    if (cyr + lat > 4000) break;
  }
  return cyr >= lat ? 'ru' : 'en';
}
