/** A recognizer over the inline fixture entities, shared by the match tests. */
import { compileMatchIndex } from '../../../lib/match/compile';
import { createRecognizer, recordNames } from '../../../lib/match/recognizer';
import type { Mention } from '../../../lib/match/types';
import { ENTITIES } from './fixtures';

export const recognizer = createRecognizer(compileMatchIndex(ENTITIES), recordNames(ENTITIES));

/** The mention whose text is `written` (first one), or undefined. */
export function find(mentions: readonly Mention[], written: string): Mention | undefined {
  return mentions.find((m) => m.text === written);
}

export function ru(text: string): Mention[] {
  return recognizer.recognize(text, { lang: 'ru' });
}

export function en(text: string): Mention[] {
  return recognizer.recognize(text, { lang: 'en' });
}
