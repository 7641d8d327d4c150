/** Merging the user's own matches and search hits into the bundled ones. */
import type { SearchHit } from '../data/views';
import type { Mention } from '../match/types';

const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;
const length = (m: Mention) => m.end - m.start;

/**
 * One chunk's mentions from both recognizers, sorted and non-overlapping. The user's entity wins
 * over a bundled one on an equal or shorter span (they imported it because they mean it), and
 * always over a name the bundled recognizer could not link; a longer bundled match stays.
 */
export function mergeMentions(bundled: readonly Mention[], custom: readonly Mention[]): Mention[] {
  // The custom recognizer's guesses at unknown names repeat the bundled recognizer's; only links count.
  const mine = custom.filter((m) => m.entityId !== null);
  if (mine.length === 0) return [...bundled];
  const kept = bundled.filter((b) => !mine.some((c) => overlaps(b, c) && (b.entityId === null || length(c) >= length(b))));
  const accepted = mine.filter((c) => !kept.some((b) => overlaps(b, c)));
  return [...kept, ...accepted].sort((a, b) => a.start - b.start);
}

/** Bundled and custom hits ranked together (their scores share one scale), best `limit`. */
export function mergeHits(bundled: readonly SearchHit[], custom: readonly SearchHit[], limit: number): SearchHit[] {
  if (custom.length === 0) return bundled.slice(0, limit);
  // On a tie the user's own entity comes first: it is the one they most likely look for.
  return [...custom, ...bundled].sort((a, b) => b.score - a.score).slice(0, limit);
}
