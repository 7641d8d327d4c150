/**
 * English institution names in title case: "Foreign Ministry", "State Committee for National
 * Security", "Kazakhstan Tennis Federation", "University of Glasgow", "Committee to Protect
 * Journalists". A head noun (ministry, committee, university, …) with the capitalized words before
 * it and "of/for/to/and" + capitalized words after it. Place names inside are part of the name
 * ("Glasgow", "Kazakhstan"), so the caller drops those place mentions.
 */
import { isRoleWord } from '../roles/lexicon';
import type { Word } from './lookup';
import type { UnknownSpan } from './unknown';
import { isGivenName } from './unknown';

const HEAD = new Set([
  'ministry', 'committee', 'agency', 'council', 'bank', 'university', 'institute', 'center', 'centre',
  'federation', 'union', 'party', 'association', 'organization', 'organisation', 'fund', 'court',
  'commission', 'service', 'authority', 'academy', 'foundation', 'chamber', 'cabinet', 'assembly',
  'parliament', 'senate', 'company', 'corporation', 'forum', 'board', 'school', 'college', 'museum',
  'endowment', 'group', 'holding', 'holdings', 'exchange', 'bureau', 'office', 'department', 'alliance',
  'league', 'club', 'society', 'trust', 'tribunal', 'congress', 'programme', 'institution', 'network',
  'minerals', 'mining', 'metals', 'motors', 'petroleum', 'airlines', 'airways', 'railways', 'industries',
  'resources', 'technologies', 'partners', 'ventures', 'capital', 'corp', 'inc', 'ltd', 'plc', 'llc',
]);
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const CONNECT = new Set(['of', 'for', 'to', 'and', 'on']);
const LATIN = /^[a-z]/;

/** Place mentions by word: start → end and end → start (word indices, end exclusive). */
export interface PlaceSpans {
  byStart: ReadonlyMap<number, number>;
  byEnd: ReadonlyMap<number, number>;
}

/** Title-case institution names of two or more words, in a chunk's words. */
export function detectTitleOrgs(text: string, words: readonly Word[], covered: readonly boolean[], places: PlaceSpans): UnknownSpan[] {
  const out: UnknownSpan[] = [];
  const free = (j: number) => !covered[j] || places.byStart.get(j) === j + 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.tok.cap || w.tok.upper || !HEAD.has(w.tok.norm) || !free(i) || possessive(text, w)) continue;
    const ws = leftEdge(text, words, i, covered, places);
    const we = rightEdge(words, i + 1, covered, places);
    if (we - ws >= 2) {
      out.push({ ws, we, type: 'ORG' });
      i = we - 1;
    }
  }
  return out;
}

function possessive(text: string, w: Word): boolean {
  return /^['’]s\b/.test(text.slice(w.tok.end, w.tok.end + 3));
}

/** Capitalized modifiers before the head: "Emergency Situations", "Carnegie Russia Eurasia". */
function leftEdge(text: string, words: readonly Word[], i: number, covered: readonly boolean[], places: PlaceSpans): number {
  let ws = i;
  while (ws > 0 && !words[ws]!.brk) {
    const k = ws - 1;
    const t = words[k]!.tok;
    if (!t.cap || !LATIN.test(t.norm) || possessive(text, words[k]!)) break;
    const placeStart = places.byEnd.get(ws);
    if (covered[k]) {
      if (placeStart === undefined) break;
      ws = placeStart;
      continue;
    }
    if (t.norm === 'the' || isRoleWord(t.norm)) break;
    ws = k;
  }
  return ws;
}

/** "of Finance", "for National Security", "to Protect Journalists", "of Foreign Affairs of Kazakhstan". */
function rightEdge(words: readonly Word[], from: number, covered: readonly boolean[], places: PlaceSpans): number {
  let we = from;
  for (;;) {
    const c = words[we];
    if (!c || c.brk || c.tok.cap || !CONNECT.has(c.tok.norm)) return we;
    let j = we + 1;
    if (words[j]?.tok.norm === 'the' && !words[j]!.tok.cap) j++;
    const end = capitalRun(words, j, covered, places);
    if (end === j) return we;
    we = end;
  }
}

function capitalRun(words: readonly Word[], j: number, covered: readonly boolean[], places: PlaceSpans): number {
  let e = j;
  while (e < words.length && !words[e]!.brk && words[e]!.tok.cap && LATIN.test(words[e]!.tok.norm)) {
    const placeEnd = places.byStart.get(e);
    if (covered[e]) {
      if (placeEnd === undefined) break;
      e = placeEnd;
      continue;
    }
    // "… of Seismology Natalya Silacheva": a given name starts a person, not more of the name;
    // "… League on Tuesday": a day or month is never part of it.
    if ((e > j && isGivenName(words[e]!.tok.norm)) || CALENDAR.test(words[e]!.tok.norm)) break;
    e++;
  }
  return e;
}
