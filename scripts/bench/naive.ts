/**
 * The naive baseline the recognizer is meant to beat: one fuse.js index over every alias string,
 * searched for every window of 1–3 consecutive capitalized words. It is what one would write
 * without a compiled form index, and it is also the "plain fuse.js" baseline for popup search.
 */
import Fuse from 'fuse.js';
import type { DatasetEntities } from '../../lib/data/dataset';
import { allRecords } from '../../lib/data/pack';
import { tokenize } from '../../lib/text/tokenize';

/** Fuse's usual typo tolerance; `ignoreLocation` because a name may match anywhere in an alias. */
const FUSE_OPTIONS = { includeScore: true, threshold: 0.34, ignoreLocation: true } as const;
const MAX_WINDOW = 3;

/** Every display name, short name and alias of every entity, once. */
export function allAliases(entities: DatasetEntities): string[] {
  const out = new Set<string>();
  for (const r of allRecords(entities)) {
    out.add(r.name.ru);
    out.add(r.name.en);
    for (const a of r.aliases ?? []) out.add(a);
    if (r.type === 'ORG') for (const s of Object.values(r.short ?? {})) if (s) out.add(s);
  }
  out.delete('');
  return [...out];
}

export function buildNaiveFuse(aliases: readonly string[]): Fuse<string> {
  return new Fuse([...aliases], FUSE_OPTIONS);
}

/** Naive annotation of one text: returns how many windows were searched (the work done). */
export function naiveAnnotate(fuse: Fuse<string>, text: string): number {
  const words = tokenize(text).filter((t) => t.kind === 'word');
  let searched = 0;
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap) continue;
    for (let n = 1; n <= MAX_WINDOW && i + n <= words.length && words[i + n - 1]!.cap; n++) {
      fuse.search(text.slice(words[i]!.start, words[i + n - 1]!.end), { limit: 1 });
      searched++;
    }
  }
  return searched;
}
