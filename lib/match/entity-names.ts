/**
 * What the recognizer reads from the dataset besides its own index: each entity's id and display
 * name by ordinal. The background (and the CLI) already hold the records, so the index does not
 * store a second copy of them.
 */
import { recordReader } from '../data/lazy-records';
import type { EntityRecord } from '../data/types';

export interface EntityNames {
  /** Entity id of the ordinal (canonical dataset order, as the index was compiled). */
  id(ordinal: number): string;
  /** Display name in `lang`; '' when there is none (callers fall back to the text as written). */
  name(ordinal: number, lang: 'ru' | 'en'): string;
}

/** Accessors over records in the order the match index was compiled from. */
export function recordNames(records: readonly EntityRecord[]): EntityNames {
  const at = recordReader(records);
  return {
    id: (e) => at(e)?.id ?? '',
    name: (e, lang) => {
      const n = at(e)?.name;
      return n ? n[lang] || n.ru : '';
    },
  };
}
