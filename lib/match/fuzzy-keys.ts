/**
 * The fuzzy matcher's keys: Latin skeletons of the fuzzy-eligible form keys (people, organizations,
 * countries, regions; no cities, no abbreviations, at least MIN_KEY_LENGTH letters) with their
 * refs, grouped by first letter. Written into match.json at data-build time (`fuzzy`), so the
 * recognizer never walks 110k form keys and skeletonizes them on its first fuzzy query.
 *
 * Format: one group per first letter, groups joined by '!'; in a group, lines sorted by skeleton
 * and joined by '~', each `<c>suffix|refs` where `c` is the length shared with the previous line's
 * skeleton as the char `48 + n` (the first line of a group shares nothing); refs are base 36 joined
 * by ','; an empty refs field repeats the previous line's (case forms of one name sit together).
 * Skeletons hold only a-z and spaces, so no separator can occur in one.
 *
 * Queries are one or two words, so names of three or more words can never be within two edits of
 * one: they are kept only as their first word plus a space with refs '-' (none), which tells the
 * matcher that the word begins a longer name (about 40% of the table's bytes saved).
 */
import { latinSkeleton } from '../text/translit';
import { pushBase36List } from './base36-list';
import { type CompiledMatchIndex, REF_ABBR, kindOfCode, META_WIDTH, refEntity, refFlags } from './index-format';
import { FormsTable } from './forms-table';

/** Form keys shorter than this are never fuzzy-matched (too many neighbours). */
export const MIN_KEY_LENGTH = 5;
const GROUP_SEP = '!';
const LINE_SEP = '~';
const FIELD_SEP = '|';
const MAX_PREFIX = 70;
const NO_REFS = '-';
/** Names with more words are kept only as a first-word marker (see above). */
const MAX_WORDS = 2;

/** Skeletons of one first letter, sorted, with the refs of each (index-aligned; [] for a first-word marker). */
export interface FuzzyGroup {
  keys: string[];
  refs: number[][];
}

/**
 * A decoded group in a few flat arrays rather than a string and an array per key: the matcher
 * keeps every group for the recognizer's life, and ~25k small objects made each young-generation
 * collection after a recognizer's start copy them all. Key `id` is `text.slice(keyStart[id],
 * keyStart[id + 1])`, its refs `refs.subarray(refStart[id], refStart[id + 1])`.
 */
export interface PackedGroup {
  text: string;
  keyStart: Int32Array;
  refs: Int32Array;
  refStart: Int32Array;
}

/** The index's match.json may carry the precompiled table; older or test-built ones do not. */
type WithFuzzy = CompiledMatchIndex & { fuzzy?: unknown };

/** Skeleton → refs for every fuzzy-eligible form key of `index` (the slow path: walks every form). */
export function collectFuzzyKeys(index: CompiledMatchIndex): Map<string, number[]> {
  const eligible = (r: number) => {
    const kind = kindOfCode(index.meta.charAt(refEntity(r) * META_WIDTH));
    // Thousands of short town names would turn ordinary typos into false places.
    return !(refFlags(r) & REF_ABBR) && kind !== 'city' && kind !== 'city-base';
  };
  const out = new Map<string, number[]>();
  for (const [key, refs] of new FormsTable(index.forms).entries()) {
    if (key.length < MIN_KEY_LENGTH) continue;
    const keep = refs.filter(eligible);
    if (keep.length === 0) continue;
    const sk = latinSkeleton(key);
    if (sk.split(' ').length > MAX_WORDS) {
      out.set(sk.slice(0, sk.indexOf(' ') + 1), []);
      continue;
    }
    const cur = out.get(sk);
    if (!cur) out.set(sk, keep);
    else for (const r of keep) if (!cur.includes(r)) cur.push(r);
  }
  return out;
}

/** Encodes skeleton → refs as the `fuzzy` string of match.json (deterministic). */
export function encodeFuzzyKeys(keys: ReadonlyMap<string, readonly number[]>): string {
  const sorted = [...keys].filter(([k]) => k !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let out = '';
  let prev = '';
  let prevRefs = '';
  for (const [key, refList] of sorted) {
    const refs = refList.length === 0 ? NO_REFS : refList.map((r) => r.toString(36)).join(',');
    const newGroup = key.charAt(0) !== prev.charAt(0);
    let p = 0;
    if (!newGroup) while (p < key.length && p < prev.length && p < MAX_PREFIX && key.charCodeAt(p) === prev.charCodeAt(p)) p++;
    if (out !== '') out += newGroup ? GROUP_SEP : LINE_SEP;
    out += String.fromCharCode(48 + p) + key.slice(p) + FIELD_SEP + (refs === prevRefs && !newGroup ? '' : refs);
    prev = key;
    prevRefs = refs;
  }
  return out;
}

/**
 * The groups of `index`'s fuzzy keys by first letter, each still encoded (decode with
 * `decodeGroup` when that letter is first queried). Uses the precompiled table when present.
 */
export function fuzzyGroups(index: CompiledMatchIndex): Map<string, string> {
  const pre = (index as WithFuzzy).fuzzy;
  const encoded = typeof pre === 'string' ? pre : encodeFuzzyKeys(collectFuzzyKeys(index));
  const groups = new Map<string, string>();
  if (encoded === '') return groups;
  // Each group starts with a full line: prefix code '0', then the skeleton's first letter.
  for (const g of encoded.split(GROUP_SEP)) groups.set(g.charAt(1), g);
  return groups;
}

/** Decodes one encoded group. */
export function decodeGroup(group: string): FuzzyGroup {
  const keys: string[] = [];
  const refs: number[][] = [];
  let key = '';
  let last: number[] = [];
  for (const line of group.split(LINE_SEP)) {
    const bar = line.indexOf(FIELD_SEP);
    key = key.slice(0, line.charCodeAt(0) - 48) + line.slice(1, bar);
    const field = line.slice(bar + 1);
    if (field === NO_REFS) last = [];
    else if (field !== '') last = field.split(',').map((x) => parseInt(x, 36));
    keys.push(key);
    refs.push(last);
  }
  return { keys, refs };
}

/** Decodes one encoded group into a `PackedGroup` (the same keys and refs as `decodeGroup`). */
export function decodePacked(group: string): PackedGroup {
  let n = 1;
  for (let i = group.indexOf(LINE_SEP); i >= 0; i = group.indexOf(LINE_SEP, i + 1)) n++;
  const keyStart = new Int32Array(n + 1);
  const refStart = new Int32Array(n + 1);
  const parts: string[] = [];
  const refs: number[] = [];
  let key = '';
  let textLength = 0;
  let lastFrom = 0;
  let lastTo = 0;
  let at = 0;
  for (let id = 0; id < n; id++) {
    const sep = group.indexOf(LINE_SEP, at);
    const end = sep < 0 ? group.length : sep;
    const bar = group.indexOf(FIELD_SEP, at + 1);
    key = key.slice(0, group.charCodeAt(at) - 48) + group.slice(at + 1, bar);
    parts.push(key);
    keyStart[id] = textLength;
    textLength += key.length;
    refStart[id] = refs.length;
    if (bar + 1 === end) {
      // An empty field repeats the previous line's refs.
      for (let k = lastFrom; k < lastTo; k++) refs.push(refs[k]!);
    } else if (!(end - bar - 1 === NO_REFS.length && group.startsWith(NO_REFS, bar + 1))) {
      pushBase36List(group, bar + 1, end, refs);
    }
    lastFrom = refStart[id]!;
    lastTo = refs.length;
    at = end + 1;
  }
  keyStart[n] = textLength;
  refStart[n] = refs.length;
  return { text: parts.join(''), keyStart, refs: Int32Array.from(refs), refStart };
}

/** Packs a decoded group (tests and callers that build groups by hand). */
export function packGroup(group: FuzzyGroup): PackedGroup {
  const n = group.keys.length;
  const keyStart = new Int32Array(n + 1);
  const refStart = new Int32Array(n + 1);
  const refs: number[] = [];
  let textLength = 0;
  for (let id = 0; id < n; id++) {
    keyStart[id] = textLength;
    textLength += group.keys[id]!.length;
    refStart[id] = refs.length;
    refs.push(...group.refs[id]!);
  }
  keyStart[n] = textLength;
  refStart[n] = refs.length;
  return { text: group.keys.join(''), keyStart, refs: Int32Array.from(refs), refStart };
}
