/**
 * Names that are not in the dataset: people (given-name lexicon, surname endings, patronymics,
 * initials, role cues) and places after a place cue («город Кокшетау»). Organizations are in
 * `unknown-org.ts`. Everything found here has `entityId: null`.
 */
import type { EntityType } from '../data/types';
import { lemmaCandidates } from '../morph/lemma';
import { isRoleWord } from '../roles/lexicon';
import { GIVEN_NAMES, PATRONYMIC_RE, looksLikeSurname } from './lexicon/names';
import type { Word } from './lookup';

export interface UnknownSpan {
  ws: number;
  we: number;
  type: EntityType;
  /** Character offsets when they differ from the words' (quoted names). */
  start?: number;
  end?: number;
}

const PLACE_CUE = /^(город|города|городе|городом|г|село|села|селе|поселок|поселка|поселке|деревня|деревни|станица|аул|аула|кишлак|река|реки|реке|озеро|озера|остров|острова|провинция|провинции|штат|штата|city|town|village|province)$/;
const MAX_PERSON_WORDS = 4;

/** True when a folded word is a known given name in some case form. */
export function isGivenName(norm: string): boolean {
  const hit = givenCache.get(norm);
  if (hit !== undefined) return hit;
  const is = GIVEN_NAMES.has(norm) || lemmaCandidates(norm).some((l) => GIVEN_NAMES.has(l));
  if (givenCache.size > 20_000) givenCache.clear();
  givenCache.set(norm, is);
  return is;
}
const givenCache = new Map<string, boolean>();

/** Finds person and place names among words not covered by dictionary matches. */
export function detectUnknown(words: readonly Word[], covered: readonly boolean[]): UnknownSpan[] {
  const out: UnknownSpan[] = [];
  for (let i = 0; i < words.length; ) {
    if (covered[i] || !words[i]!.tok.cap || words[i]!.tok.upper) {
      i++;
      continue;
    }
    // A role word opening a sentence («Депутат Екатерина Смышляева») is not part of the name.
    if (words[i]!.tok.sentStart && isRoleWord(words[i]!.tok.norm) && words[i + 1]?.tok.cap && !words[i + 1]!.brk) {
      i++;
      continue;
    }
    // A run of capitalized, uncovered words with no punctuation between (initials allowed).
    let j = i + 1;
    while (j < words.length && j - i < MAX_PERSON_WORDS && !covered[j] && !words[j]!.brk && words[j]!.tok.cap && !words[j]!.tok.upper) j++;
    const span = classifyRun(words, i, j);
    if (span) {
      out.push(span);
      i = span.we;
    } else i = j;
  }
  return out;
}

const NOT_GIVEN = /(ский|ская|ской|ского|ном|ной|ная|ный|ое|ые|ия|ии|ов|ев|ин)$/;

/** Two words that read as given name + surname: the first not adjective- or surname-like. */
function personPair(first: string, last: string): boolean {
  return first.length >= 3 && last.length >= 5 && /^\p{Script=Cyrillic}+$/u.test(first + last) && !NOT_GIVEN.test(first) && looksLikeSurname(last) && /(ов|ев|ин|ын)(а|у|ым|ом|е|ой|ую)?$/.test(last);
}

function classifyRun(words: readonly Word[], i: number, j: number): UnknownSpan | null {
  const norms = words.slice(i, j).map((w) => w.tok.norm);
  const prev = words[i - 1];
  const prevNorm = prev && !words[i]!.brk ? prev.tok.norm : '';
  if (prevNorm && PLACE_CUE.test(prevNorm)) return { ws: i, we: j, type: 'LOC' };
  const initials = norms.filter((n) => n.length === 1).length;
  const given = norms.some((n) => n.length > 1 && isGivenName(n));
  const patronymic = norms.slice(1).some((n) => PATRONYMIC_RE.test(n) || lemmaCandidates(n).some((l) => PATRONYMIC_RE.test(l)));
  const lastNorm = norms[norms.length - 1]!;
  const surname = looksLikeSurname(lastNorm) || looksLikeSurname(norms[0]!);
  const roleCue = prevNorm !== '' && isRoleWord(prevNorm);
  if (norms.length >= 2) {
    if ((given && (surname || norms.length === 2)) || patronymic || (initials > 0 && lastNorm.length > 1 && surname)) {
      return { ws: i, we: j, type: 'PER' };
    }
    if (roleCue && surname) return { ws: i, we: j, type: 'PER' };
    // «Мурат Темирханов», «Мирры Андреевой»: a capitalized word, then a word with a surname
    // ending in any case. Given-name lexicons are never complete, and two such words inside a
    // sentence are a person far more often than anything else.
    if (norms.length === 2 && !words[i]!.tok.sentStart && personPair(norms[0]!, lastNorm)) return { ws: i, we: j, type: 'PER' };
    return null;
  }
  // One word: only with a role cue before it («министр Иванов»), never at a sentence start alone.
  if (roleCue && surname) return { ws: i, we: j, type: 'PER' };
  return null;
}
