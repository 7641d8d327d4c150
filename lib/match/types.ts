import type { EntityType } from '../data/types';

/** A runner-up link for a mention, offered by the card's "wrong match?". */
export interface Candidate {
  entityId: string;
  name: string;
  score: number;
}

/**
 * One recognized mention in a text. `start`/`end` are JavaScript string offsets (UTF-16 code units)
 * into the text that was annotated, end exclusive.
 */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** The text as written, `text.slice(start, end)`. */
  text: string;
  /** Dataset id, or null when the name is not in the dataset. */
  entityId: string | null;
  /** Canonical display name (dataset name, or the base form of an unknown name). */
  name: string;
  /** Confidence in [0, 1]. */
  score: number;
  /** The role the article itself gives the person, in the base form («посол Казахстана в Таджикистане»). */
  role?: string;
  /** Runner-up entities, best first (may be empty). */
  candidates?: Candidate[];
}

export type TextLang = 'ru' | 'en';
