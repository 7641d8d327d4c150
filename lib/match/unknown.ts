/**
 * Names that are not in the dataset: people (given-name lexicon, surname endings, patronymics,
 * initials, role cues) and places after a place cue («город Кокшетау»). Organizations are in
 * `unknown-org.ts`. Everything found here has `entityId: null`.
 */
import type { EntityType } from '../data/types';
import { lemmaCandidates } from '../morph/lemma';
import { isRoleWord } from '../roles/lexicon';
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES, PATRONYMIC_RE, looksLikeSurname } from './lexicon/names';
import { isPersonCue } from './lexicon/person-cues';
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
const FEATURE_NOUN_EN = /^(river|lake|sea|mountains|valley|desert|avenue|street|square|bridge|canal|gorge|bay|strait|island|islands|peninsula|plateau|basin|reservoir)$/;
const LOCATIVE_RU = /^(в|во|из|под|близ|около|возле|до)$/;

/** A Cyrillic word that can name a place: long enough, no surname, given-name or institution reading. */
function isPlaceLikeWord(norm: string): boolean {
  return norm.length >= 4 && /^[а-яё]+$/.test(norm) && !looksLikeSurname(norm) && !isGivenName(norm) && !isRoleWord(norm) && !ORG_LIKE.test(norm);
}
// Institutions and companies after «в» («в Минфине», «в Газпроме», «в Совете»): not places.
const ORG_LIKE = /^(министерств|минфин|минэнерго|совет|комитет|агентств|банк|фонд|парламент|правительств|сенат|мажилис|акимат|суд|прокуратур|университет|институт|академи|служб|управлени|департамент|ассамбле|альянс|союз|компани|корпораци).*|.*(банк|пром|газ|нефть|трансгаз|энерго|телеком|ком)(е|а|у|ом)?$/;

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
export function detectUnknown(words: readonly Word[], covered: readonly boolean[], placeOrOrg: readonly boolean[] = []): UnknownSpan[] {
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
    // A run of capitalized, uncovered words with no punctuation between (initials allowed), and
    // the particles inside foreign names («Шарля де Голля», «Урсула фон дер Ляйен»).
    let j = i + 1;
    for (;;) {
      const step = j < words.length && !covered[j] && !words[j]!.brk && words[j]!.tok.cap && !words[j]!.tok.upper ? 1 : particlesAt(words, covered, j);
      if (step === 0) break;
      j += step;
    }
    // English capitalizes titles: "Hungarian Prime Minister Viktor Orban" is the name after the
    // last title word, which then serves as the role cue.
    const title = lastTitleWord(words, i, j);
    if (title >= 0) {
      i = title + 1;
      if (i >= j) continue;
    }
    j = Math.min(j, i + MAX_PERSON_WORDS);
    const span = classifyRun(words, i, j, title < 0 && titleThroughComplement(words, covered, placeOrOrg, i));
    if (span) {
      out.push(span);
      i = span.we;
    } else i = j;
  }
  return out;
}

/**
 * Capitalized English titles and honorifics that stand before a name but never belong to it,
 * beyond the role heads of the roles lexicon ("Minister", "Governor").
 */
const TITLES_EN = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'sen', 'rep', 'gen',
  'general', 'col', 'colonel', 'capt', 'captain', 'lt', 'sgt', 'sheikh', 'cardinal', 'archbishop',
  'bishop', 'pope', 'patriarch', 'rabbi', 'imam', 'judge', 'justice', 'coach', 'manager', 'striker',
  'midfielder', 'defender', 'forward', 'goalkeeper', 'winger', 'captain', 'economist', 'analyst',
  'lawmaker', 'mep', 'mp', 'officer', 'executive', 'commander', 'marshal', 'admiral', 'governor',
]);

/** True for a word that titles the name after it («Министр», "Prime", "Minister", "Mr"). */
export function isTitleWord(norm: string): boolean {
  let is = titleMemo.get(norm);
  if (is === undefined) {
    is = isRoleWord(norm) || TITLES_EN.has(norm) || isPersonCue(norm);
    if (titleMemo.size >= 20_000) titleMemo.clear();
    titleMemo.set(norm, is);
  }
  return is;
}
/** `isTitleWord` by word: rules ask it of most capitalized words, and the cue patterns are long. */
const titleMemo = new Map<string, boolean>();

/** Lowercase particles inside Western and Arabic names, as Russian writes them apart. */
const NAME_PARTICLES = new Set(['де', 'ди', 'да', 'дю', 'дель', 'делла', 'ла', 'ле', 'фон', 'дер', 'ван', 'ден', 'тер', 'ибн', 'бин', 'бен']);
const MAX_PARTICLES = 2;

/** A lowercase name particle («де», «фон», «ибн»). */
export function isNameParticle(t: { norm: string; cap: boolean }): boolean {
  return !t.cap && NAME_PARTICLES.has(t.norm);
}

/**
 * How many name particles start at word j and lead to another capitalized word of the same name
 * («де» in «Шарля де Голля», «фон дер» in «Урсула фон дер Ляйен»); 0 when they do not.
 */
function particlesAt(words: readonly Word[], covered: readonly boolean[], j: number): number {
  let k = j;
  while (k < words.length && k - j < MAX_PARTICLES && !covered[k] && !words[k]!.brk && isNameParticle(words[k]!.tok)) k++;
  const next = words[k];
  return k > j && next && !covered[k] && !next.brk && next.tok.cap && !next.tok.upper ? k - j : 0;
}

/** Words a title may stand back from the name it introduces («Заместитель министра иностранных дел Венгрии …»). */
const MAX_COMPLEMENT_WORDS = 5;

/**
 * «Премьер-министр Нидерландов Дик Схоф», «Глава МИД Египта Бадр Абдель Аты»: a title, then its
 * complement (lowercase words and a matched country or organization, right before the run), then
 * the name. The name's own words need not be in any lexicon: the title says a person follows.
 */
function titleThroughComplement(words: readonly Word[], covered: readonly boolean[], placeOrOrg: readonly boolean[], i: number): boolean {
  if (i === 0 || words[i]!.brk || !placeOrOrg[i - 1]) return false;
  for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_COMPLEMENT_WORDS; k--) {
    const w = words[k]!;
    if (!covered[k] && isTitleWord(w.tok.norm)) return true;
    // Past a break, a person's name, another capitalized word or a number, the title is not this name's.
    if (w.brk || (covered[k] ? !placeOrOrg[k] : w.tok.cap || w.tok.kind !== 'word')) return false;
  }
  return false;
}

/** Index of the last title word in words [i, j), or -1. */
function lastTitleWord(words: readonly Word[], i: number, j: number): number {
  for (let k = j - 1; k >= i; k--) if (isTitleWord(words[k]!.tok.norm)) return k;
  return -1;
}

/** A word after the first of words [i, j) is a patronymic («Петрович», «Ивановны») in some reading. */
function patronymicAfterFirst(words: readonly Word[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) {
    const n = words[k]!.tok.norm;
    if (PATRONYMIC_RE.test(n) || lemmaCandidates(n).some((l) => PATRONYMIC_RE.test(l))) return true;
  }
  return false;
}

const NOT_GIVEN = /(ский|ская|ской|ского|ном|ной|ная|ный|ое|ые|ия|ии|ов|ев|ин)$/;

// Surname endings that, after any capitalized word, make a pair a person: -ов/-ин in any case and
// the indeclinable Caucasian, Ukrainian and Persian endings («Тамазашвили», «Бакрадзе», «Пашинян»).
const PAIR_SURNAME_RU = /((ов|ев|ин|ын)(а|у|ым|ом|е|ой|ую)?|швили|дзе|ян|янц|енко|зода|заде|оглу)$/;
const PAIR_SURNAME_EN = /(ov|ev|yev|ova|eva|yeva|enko|shvili|dze|yan|zoda|zade|oglu|ovic|evic|vich|sky|ski)$/;

/** Two words that read as given name + surname: the first not adjective- or surname-like. */
export function personPair(first: string, last: string): boolean {
  if (first.length < 3 || last.length < 5) return false;
  if (/^[a-z]+$/.test(first + last)) return PAIR_SURNAME_EN.test(last) && !DEMONYM_OR_ADJ_EN.test(first);
  return /^\p{Script=Cyrillic}+$/u.test(first + last) && !NOT_GIVEN.test(first) && looksLikeSurname(last) && PAIR_SURNAME_RU.test(last);
}

// "Caspian Sea", "Central Asian": an English first word that is an adjective is not a given name.
const DEMONYM_OR_ADJ_EN = /(ian|ese|ish|ern|ic|al|ary|ive)$/;

/** What the run of capitalized words [i, j) names; `complementCue`: see `titleThroughComplement`. */
function classifyRun(words: readonly Word[], i: number, j: number, complementCue: boolean): UnknownSpan | null {
  const n = j - i;
  const norm = (k: number) => words[i + k]!.tok.norm;
  const firstNorm = norm(0);
  const lastNorm = norm(n - 1);
  const prev = words[i - 1];
  const prevNorm = prev && !words[i]!.brk ? prev.tok.norm : '';
  if (prevNorm && PLACE_CUE.test(prevNorm)) return { ws: i, we: j, type: 'LOC' };
  // "Rustaveli Avenue", "Toktogul Reservoir": a name and a capitalized feature noun.
  if (n >= 2 && FEATURE_NOUN_EN.test(lastNorm) && /^[a-z]+$/.test(firstNorm)) return { ws: i, we: j, type: 'LOC' };
  // «в Анаклии», «из Сисиана», «под Ушаралом»: one capitalized Russian word after a locative
  // preposition, matched by nothing else, is a place the dataset lacks.
  if (n === 1 && prevNorm && LOCATIVE_RU.test(prevNorm) && !words[i]!.tok.sentStart && isPlaceLikeWord(firstNorm)) return { ws: i, we: j, type: 'LOC' };
  const surname = looksLikeSurname(lastNorm) || looksLikeSurname(firstNorm);
  const roleCue = complementCue || (prevNorm !== '' && isTitleWord(prevNorm));
  if (n >= 2) {
    // «Шарля де Голля», «Леонардо да Винчи»: capitalized words joined by a name particle. A
    // sentence's capitalized first word before two or more of them is not the name's
    // («Картину Леонардо да Винчи показали…»).
    const particle = words.slice(i + 1, j - 1).findIndex((w) => isNameParticle(w.tok));
    if (n >= 3 && particle >= 0) {
      const opener = particle >= 1 && words[i]!.tok.sentStart && !isGivenName(firstNorm);
      return { ws: opener ? i + 1 : i, we: j, type: 'PER' };
    }
    // Each test only when the ones before it did not decide (runs are classified word by word).
    let initials = 0;
    let given = false;
    for (let k = 0; k < n; k++) {
      const w = norm(k);
      if (w.length === 1) initials++;
      else if (!given && isGivenName(w)) given = true;
    }
    // «Б. Дэлгэрсайхан»: one initial and one capitalized word are a person, whatever the ending.
    const initialAndName = initials === 1 && n === 2 && firstNorm.length === 1 && lastNorm.length >= 3;
    if ((given && (surname || n === 2)) || patronymicAfterFirst(words, i, j) || (initials > 0 && lastNorm.length > 1 && surname) || initialAndName) {
      return { ws: i, we: j, type: 'PER' };
    }
    if (roleCue && surname) return { ws: i, we: j, type: 'PER' };
    // "Foreign Minister Baiba Braze", «британца Дензела Бентли»: two capitalized words right after a
    // title, an occupation or a nationality are a given name and a surname.
    if (roleCue && n === 2 && /^[a-z]{2,}$/.test(firstNorm) && /^[a-z']{2,}$/.test(lastNorm)) return { ws: i, we: j, type: 'PER' };
    if (roleCue && n === 2 && /^[а-яё]{2,}$/.test(firstNorm) && /^[а-яё]{2,}$/.test(lastNorm) && !NOT_GIVEN.test(firstNorm)) return { ws: i, we: j, type: 'PER' };
    // «Бадр Абдель Аты», «Хосе Мануэль Альбарес»: three Cyrillic words after a title, none a title itself.
    if (roleCue && n === 3 && /^[а-яё]{2,}$/.test(firstNorm) && !NOT_GIVEN.test(firstNorm) && [1, 2].every((k) => /^[а-яё]{2,}$/.test(norm(k)) && !isTitleWord(norm(k)))) {
      return { ws: i, we: j, type: 'PER' };
    }
    // «Чжэн Шаньцзе», "Zheng Shanjie": a Chinese or Korean surname, then the given name.
    if (n === 2 && firstNorm.length >= 2 && EAST_ASIAN_SURNAMES.has(firstNorm)) return { ws: i, we: j, type: 'PER' };
    // «Мурат Темирханов», «Мирры Андреевой»: a capitalized word, then a word with a surname
    // ending in any case. Given-name lexicons are never complete, and two such words inside a
    // sentence are a person far more often than anything else.
    if (n === 2 && !words[i]!.tok.sentStart && personPair(firstNorm, lastNorm)) return { ws: i, we: j, type: 'PER' };
    return null;
  }
  // One word: only with a role cue before it («министр Иванов»), never at a sentence start alone.
  if (roleCue && surname) return { ws: i, we: j, type: 'PER' };
  // "Governor Karahan", "coach Gurbanov": English puts a bare surname right after a title.
  // Not when the name runs on into a word already matched ("founder Bolot Temirov").
  const next = words[j];
  const runsOn = next !== undefined && !next.brk && next.tok.cap;
  if (prevNorm !== '' && isTitleWord(prevNorm) && /^[a-z]{3,}$/.test(lastNorm) && !isGivenName(lastNorm) && !runsOn) return { ws: i, we: j, type: 'PER' };
  return null;
}
