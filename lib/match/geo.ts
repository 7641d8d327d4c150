/**
 * Continents, macro-regions and seas (`lexicon/geo.ts`): whole-name matches that come before the
 * dictionary, so «Центральной Азии» is one place and not «Центральной» + the town «Азия».
 */
import { generateForms } from '../morph/forms';
import { GEO_ADJECTIVES_EN, GEO_EN, GEO_RU } from './lexicon/geo';
import { nameKey } from './keys';
import type { Word } from './lookup';

export interface GeoSpan {
  ws: number;
  we: number;
  /** An adjective ("Central Asian"): covers its words but is not a mention. */
  adjective: boolean;
}

const MAX_WORDS = 4;
let table: Map<string, boolean> | undefined;
/** First words of the keys: most capitalized words are not one, and one lookup rules them out. */
let firsts: Set<string> | undefined;

/** Folded key → is-adjective; built on first use (a few hundred keys). */
function geoTable(): Map<string, boolean> {
  if (table) return table;
  const t = new Map<string, boolean>();
  for (const entry of GEO_RU) {
    const [lemma, ...extra] = entry.split('|');
    for (const f of [...generateForms(lemma!, { kind: 'place' }), ...extra]) t.set(nameKey(f), false);
  }
  for (const n of GEO_EN) t.set(nameKey(n), false);
  for (const n of GEO_ADJECTIVES_EN) t.set(nameKey(n), true);
  table = t;
  firsts = new Set([...t.keys()].map((k) => k.split(' ')[0]!));
  return t;
}

/** Longest geographic names in a chunk's words; the first word must be capitalized. */
export function detectGeo(words: readonly Word[]): GeoSpan[] {
  const t = geoTable();
  const out: GeoSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.tok.cap || !firsts!.has(words[i]!.tok.norm)) continue;
    let key = '';
    let found: GeoSpan | null = null;
    for (let j = i; j < words.length && j - i < MAX_WORDS; j++) {
      if (j > i && words[j]!.brk) break;
      key = j === i ? words[j]!.tok.norm : key + ' ' + words[j]!.tok.norm;
      const adjective = t.get(key);
      if (adjective !== undefined) found = { ws: i, we: j + 1, adjective };
    }
    if (found) {
      out.push(found);
      i = found.we - 1;
    }
  }
  return out;
}
