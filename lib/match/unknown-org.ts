/**
 * Organizations not in the dataset: quoted names after an organization cue («компания "Газпром"»
 * → «Газпром»), legal forms («ТОО "Казахтелеком"»), capitalized institution phrases
 * («Министерство энергетики»), and all-caps abbreviations (ЕАБР, ОДКБ).
 */
import type { Token } from '../text/tokenize';
import type { Word } from './lookup';
import type { UnknownSpan } from './unknown';

const ORG_CUE = /^(компани|корпораци|концерн|холдинг|банк|фонд|агентств|центр|газет|издани|телеканал|радиостанци|парти|движени|организаци|ассоциаци|союз|объединени|групп|завод|комбинат|фабрик|предприяти|клуб|университет|институт|театр|журнал|портал|ассамбле|оао|ооо|зао|пао|ао|тоо|нао|ип|гуп|фгуп|ано|llp|llc|jsc|ojsc|ltd|inc)/;
const LEGAL_FORM = /^(ооо|оао|зао|пао|ао|тоо|нао|ано|гуп|фгуп|llp|llc|jsc|ojsc|plc)$/;
const ORG_HEAD = /^(министерств|комитет|агентств|служб|управлени|департамент|совет|палат|суд|фонд|банк|университет|академи|институт|посольств|консульств|парламент|правительств|сенат|мажилис|дум|ассамбле|администраци|акимат|прокуратур|конгресс|кабинет|кабмин|нацбанк|центробанк|генпрокуратур|совбез|ministry|committee|agency|council|bank|university|institute|embassy|parliament|senate)/;
// One-word names of institutions: «Минфин», «Минэнерго», «Минобороны»; «Эксимбанк», «Сбербанк».
const ORG_WORD = /^(мин(фин|энерго|здрав|юст|обороны|транс|сельхоз|просвещения|цифры|труд|экономики|экономразвития|промторг|строй|культуры|спорт|природы|обрнауки|туризма|нацэкономики|водресурсов)|\p{L}{3,}(банк|завод|комбинат|пром|маш|нефть|трансгаз|энерго|телеком|надзор|трейд|строй|холдинг|инвест|авиа))(а|у|ом|е|и|ью)?$/u;
// Lowercase words that continue an institution's name: genitive/dative adjectives and nouns,
// prepositions «по», «и», «при»; past-tense verbs and present-tense endings stop it.
const TAIL_WORD = /(ых|их|ого|его|ой|ей|ии|ию|ов|ев|ств|ы|и|а|я|ий|ым|им|ам|ям|ами|ями|ах|ях|ения|ания|of|and|for|affairs)$/;
const VERB_END = /(ли|ло|ла|л|ет|ит|ют|ут|ат|ят|ся|сь|ть)$/;
const TAIL_LINK = new Set(['по', 'и', 'при', 'of', 'and', 'for', 'the']);
const MAX_TAIL = 6;
const TAIL_NOUN = /^(дел|футбола|волейбола|баскетбола|гандбола|бейсбола)$/;
// Country abbreviations: «в РК «Казахтелеком»…» names a place, then a company.
const COUNTRY_ABBR = new Set(['рк', 'рф', 'кр', 'рт', 'руз', 'рб', 'кнр', 'сша', 'оаэ', 'ес']);
// Abbreviations that are not organizations.
const NOT_ORG = new Set([
  'сми', 'ввп', 'ндс', 'дтп', 'чс', 'ии', 'ит', 'it', 'tv', 'ceo', 'pr', 'ok', 'usd', 'eur', 'kzt', 'rub',
  'ндфл', 'вуз', 'нии', 'уфмс', 'гост', 'ssd', 'gps', 'vip', 'am', 'pm', 'ad', 'bc', 'dna', 'днк', 'спид',
  'hiv', 'ai', 'ip', 'id', 'pdf', 'html', 'mp', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xx', 'xxi',
  // Economic and technical terms, and credit-rating grades.
  'gdp', 'gnp', 'cpi', 'vat', 'ev', 'evs', 'lng', 'lpg', 'ipo', 'esg', 'eps', 'fdi', 'gw', 'mw', 'kw', 'kwh',
  'bpd', 'usd', 'ebitda', 'ppp', 'ict', 'sme', 'smes', 'faq', 'ceo', 'cfo', 'coo', 'ввп', 'впк', 'мсб', 'гэс', 'аэс', 'тэц', 'грэс',
  'aaa', 'aa', 'bbb', 'bb', 'ccc', 'cc', 'ааа',
]);

/** Finds organization names among words not covered by other matches. */
export function detectOrgs(
  text: string,
  tokens: readonly Token[],
  words: readonly Word[],
  covered: readonly boolean[],
  quotedOnly = false,
  countryAt: CountryAt = () => -1,
): UnknownSpan[] {
  const out: UnknownSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const w = words[i]!;
    const quoted = quotedAfter(text, tokens, words, i);
    // An abbreviation before a quoted name is its legal form or kind: «МИА «Казинформ»», «ОАО «РЖД»».
    const abbr = w.tok.upper && !COUNTRY_ABBR.has(w.tok.norm) && isAbbreviationOrg(words, i);
    if (quoted && (ORG_CUE.test(w.tok.norm) || abbr)) {
      const legal = (LEGAL_FORM.test(w.tok.norm) && w.tok.upper) || abbr;
      // With a legal form the quotes belong to the name: «ТОО «Шымкент Строй»».
      const close = tokens[words[quoted.we - 1]!.ti + 1]!;
      out.push(legal ? { ...quoted, ws: i, start: w.tok.start, end: close.end } : quoted);
      i = quoted.we - 1;
      continue;
    }
    if (quotedOnly) continue;
    if (w.tok.upper && isAbbreviationOrg(words, i)) {
      out.push({ ws: i, we: i + 1, type: 'ORG' });
      continue;
    }
    // «Национального собрания Армении», «Континентальной хоккейной лиги»: capitalized adjective,
    // lowercase adjectives, a lowercase institution noun, then its tail.
    const head = w.tok.cap && !w.tok.upper ? adjectivePhraseHead(words, i, covered) : -1;
    if (head > i) {
      const span = withQuotedName(text, tokens, words, i, tailEnd(words, head, covered, countryAt));
      out.push(span);
      i = span.we - 1;
      continue;
    }
    if (w.tok.cap && !w.tok.upper && isOrgHeadOrWord(w.tok.norm)) {
      const we = tailEnd(words, i, covered, countryAt);
      if (we > i + 1 || !w.tok.sentStart) {
        const span = withQuotedName(text, tokens, words, i, we);
        out.push(span);
        i = span.we - 1;
      }
    }
  }
  return out;
}

// Institution nouns that, lowercase after a capitalized adjective, make the phrase a name.
const PHRASE_HEAD = /^(совет|собрани|конференци|комитет|лиг|университет|компани|корпораци|банк|фонд|агентств|служб|союз|парти|ассамбле|палат|суд|академи|институт|федераци|ассоциаци|организаци|объединени|бирж|дум|хурал|курултай|кенеш|меджлис|мажлис|комисси|инспекци|холдинг|министерств)/;
const ADJ_ANY_CASE = /(ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю|ое|ее|ые|ие|ых|их|ыми|ими)$/;
const MAX_PHRASE_ADJ = 3;
const PLANT = /^(гэс|аэс|тэц|грэс|нпз|гок|тэс|вэс|сэс)$/;

/** Index of the institution noun ending an adjective phrase that starts at capitalized word i, or -1. */
function adjectivePhraseHead(words: readonly Word[], i: number, covered: readonly boolean[]): number {
  const first = words[i]!.tok;
  if (first.norm.length < 5 || !ADJ_ANY_CASE.test(first.norm)) return -1;
  for (let j = i + 1; j < words.length && j - i <= MAX_PHRASE_ADJ; j++) {
    const w = words[j]!;
    // «Рогунской ГЭС», «Балхашской АЭС»: a plant named by its adjective.
    if (!covered[j] && !w.brk && w.tok.upper && PLANT.test(w.tok.norm) && !first.sentStart) return j;
    if (covered[j] || w.brk || w.tok.cap) return -1;
    // A sentence start capitalizes any adjective («Новая компания …»); there it takes two
    // adjectives before the noun («Специализированный межрайонный суд») to read as a name.
    if (PHRASE_HEAD.test(w.tok.norm)) return first.sentStart && j - i < 2 ? -1 : j;
    if (!ADJ_ANY_CASE.test(w.tok.norm)) return -1;
  }
  return -1;
}

/** Answers of `isOrgHeadOrWord` by word: ORG_WORD backtracks through its endings at every letter. */
const orgWordMemo = new Map<string, boolean>();
const ORG_WORD_MEMO_LIMIT = 20_000;

/** An institution noun («Министерство») or a one-word institution or company («Минфин», «Эксимбанк»). */
function isOrgHeadOrWord(norm: string): boolean {
  let is = orgWordMemo.get(norm);
  if (is === undefined) {
    is = ORG_HEAD.test(norm) || ORG_WORD.test(norm);
    if (orgWordMemo.size >= ORG_WORD_MEMO_LIMIT) orgWordMemo.clear();
    orgWordMemo.set(norm, is);
  }
  return is;
}

/** True for a capitalized institution noun («Совета», «Палаты»): never a one-word town inside a sentence. */
export function isInstitutionWord(norm: string): boolean {
  return ORG_HEAD.test(norm);
}

function isAbbreviationOrg(words: readonly Word[], i: number): boolean {
  const t = words[i]!.tok;
  const next = words[i + 1];
  if (t.norm.length < 2 || t.norm.length > 6 || NOT_ORG.has(t.norm)) return false;
  // «IT-проекты»: glued to a lowercase word, an abbreviation is a modifier, not a name.
  if (next && next.tok.glued && !next.tok.upper) return false;
  return /^\p{L}+$/u.test(t.text);
}

/** End (word index) of a country mention that starts at word j and qualifies a name before it, or -1. */
export type CountryAt = (j: number) => number;

function tailEnd(words: readonly Word[], i: number, covered: readonly boolean[], countryAt: CountryAt): number {
  let we = i + 1;
  for (let j = i + 1; j < words.length && j - i <= MAX_TAIL; j++) {
    const w = words[j]!;
    if (w.brk) break;
    // «Правительства Сербии», «Нацбанка КР»: the country in the genitive is part of the name.
    const country = countryAt(j);
    if (country > j) return country;
    if (covered[j] || w.tok.cap) break;
    const n = w.tok.norm;
    // «Университет имени аль-Фараби»: whom it is named after ends the institution's name.
    if (n === 'имени') return namedAfterEnd(words, j, covered) ?? we;
    if (TAIL_LINK.has(n)) continue;
    // «иностранных дел», «федерации футбола»: tail nouns a length or verb test would stop at.
    if (TAIL_NOUN.test(n)) {
      we = j + 1;
      continue;
    }
    // Short words ending like a genitive are pronouns and prepositions («мы», «на», «их»).
    if (n.length < 4 || !TAIL_WORD.test(n) || VERB_END.test(n)) break;
    we = j + 1;
  }
  return we;
}

/** Words of the name after «имени» an institution's name may take («Шарля де Голля», «аль-Фараби»). */
const MAX_NAMED_AFTER = 4;

/**
 * End of the name after «имени» at word j: capitalized words, the parts of a hyphenated one, and a
 * short lowercase particle glued to the next («аль-Фараби»); null when no name follows.
 */
function namedAfterEnd(words: readonly Word[], j: number, covered: readonly boolean[]): number | null {
  let k = j + 1;
  for (; k < words.length && k - j <= MAX_NAMED_AFTER; k++) {
    const w = words[k]!;
    if (w.brk || covered[k]) break;
    const particle = !w.tok.cap && w.tok.norm.length <= 3 && words[k + 1]?.tok.glued === true;
    if (!w.tok.cap && !particle && !(w.tok.glued && k > j + 1)) break;
  }
  return k > j + 1 ? k : null;
}

/**
 * «Фонд национального благосостояния «Самрук-Казына»»: an institution phrase directly followed by
 * its quoted proper name takes the name (and its quotes) into the span.
 */
function withQuotedName(text: string, tokens: readonly Token[], words: readonly Word[], ws: number, we: number): UnknownSpan {
  const q = quotedAfter(text, tokens, words, we - 1);
  if (!q) return { ws, we, type: 'ORG' };
  const close = tokens[words[q.we - 1]!.ti + 1]!;
  return { ws, we: q.we, type: 'ORG', start: words[ws]!.tok.start, end: close.end };
}

/** The quoted name right after word i: «…» / "…" (quotes are normalized to '"'). */
function quotedAfter(text: string, tokens: readonly Token[], words: readonly Word[], i: number): UnknownSpan | null {
  const w = words[i]!;
  const open = tokens[w.ti + 1];
  // Char codes, not `text[i]`: a one-character string of a Cyrillic letter is a new string each
  // time, and this runs twice for every word no other rule took.
  if (!open || !isOpeningQuote(text.charCodeAt(open.start))) return null;
  let k = i + 1;
  while (k < words.length && words[k]!.tok.start > open.start) {
    const nextTok = tokens[words[k]!.ti + 1];
    if (nextTok && isClosingQuote(text.charCodeAt(nextTok.start))) {
      const first = words[i + 1]!;
      if (!first.tok.cap && first.tok.kind !== 'num') return null;
      return { ws: i + 1, we: k + 1, type: 'ORG', start: first.tok.start, end: words[k]!.tok.end };
    }
    if (k - i > 6) return null;
    k++;
  }
  return null;
}

/** " « „ “ */
function isOpeningQuote(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0x201e || c === 0x201c;
}

/** " » “ ” */
function isClosingQuote(c: number): boolean {
  return c === 0x22 || c === 0xbb || c === 0x201c || c === 0x201d;
}
