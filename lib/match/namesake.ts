/**
 * Namesakes: when a dataset surname (or one-word person alias) stands next to another name, it is
 * someone else («Алексей Туреханов», "Toral Bayramov", "Dan Mikkelsen"), unless that other name is
 * the dataset person's own given name ("Volodymyr Zelenskiy"). Word tests shared by the passes.
 */
import { foldKey } from '../text/normalize';
import type { Token } from '../text/tokenize';
import { refEntity } from './index-format';
import { EAST_ASIAN_SURNAMES, looksLikeSurname } from './lexicon/names';
import type { DictMatch, Word } from './lookup';
import type { RuntimeIndex } from './runtime-index';
import { isGivenName, isTitleWord } from './unknown';
import { isInstitutionWord } from './unknown-org';

// Adjective endings of a Russian nominative («Новая», «Чистое»): such a word is no given name.
export const ADJ_RU_NOM = /(ая|яя|ое|ее|ый|ий|ой|ые|ие)$/;

// English demonyms and compass adjectives: never a misspelt place nor a given name. "-an" only for
// the demonyms that end so; place names end in it too («Nakhchivan», "Isfahan").
export const DEMONYM_EN = /(ian|ese|ish|ean|ic|ern|i)$|^(american|mexican|german|moroccan|kenyan|african|cuban|chilean|tibetan|afghan|balkan)$/;

/** True when dataset person `e` has the given name `given` (folded) in English or Russian. */
export function sameGivenName(index: RuntimeIndex, e: number, given: string): boolean {
  if (index.type(e) !== 'PER') return false;
  for (const lang of ['en', 'ru'] as const) {
    const first = index.name(e, lang).split(/\s+/)[0];
    if (first && foldKey(first) === given) return true;
  }
  return false;
}

/** A one-word match that names people (and at most small towns: "Kim"). */
export function onePersonWord(m: DictMatch, index: RuntimeIndex): boolean {
  const kinds = m.refs.map((r) => index.kind(refEntity(r)));
  return kinds.some((k) => k.startsWith('person')) && kinds.every((k) => k.startsWith('person') || k === 'city-base');
}

/** «Р. Наджаф»: a one-letter capital with its dot (not the preposition «В» opening a sentence). */
export function isInitial(text: string, w: Word): boolean {
  return w.tok.text.length === 1 && w.tok.cap && text.charCodeAt(w.tok.end) === 46;
}

/**
 * The capitalized word before a bare dataset surname is another person's given name: a known
 * given name, or ("Toral Bayramov") inside a sentence, any capitalized word that is not a title,
 * a month or a day, nor an adjective (those are covered by the dictionary or are lowercase).
 */
export function otherGivenName(t: Token): boolean {
  if (!t.cap || t.upper) return false;
  if (isGivenName(t.norm)) return true;
  if (t.sentStart || t.norm.length < 3) return false;
  if (/^[a-z]+$/.test(t.norm)) return !isTitleWord(t.norm) && !CALENDAR_EN.has(t.norm) && !DEMONYM_EN.test(t.norm);
  return cyrillicGivenLike(t);
}

/** A capitalized Cyrillic word that can be a given name: not an adjective, a title or an institution. */
export function cyrillicGivenLike(t: Token): boolean {
  if (!/^[а-яё]+$/.test(t.norm)) return false;
  return !ADJ_RU_NOM.test(t.norm) && !/(ого|его|ому|ему|ым|им|ой|ую)$/.test(t.norm) && !isTitleWord(t.norm) && !isInstitutionWord(t.norm);
}

/** True when `next` after the bare surname `surname` is that person's own surname or given name. */
export function surnameAfter(surname: string, next: string): boolean {
  if (isGivenName(next)) return false;
  if (looksLikeSurname(next)) return true;
  // «Даном Йоргенсеном»: two Russian words in the same case form, the second capitalized and
  // unmatched, are a given name and a surname.
  if (/^[а-яё]+$/.test(next) && next.length >= 5 && !isTitleWord(next) && !isInstitutionWord(next)) {
    const ins = /(ом|ем|ым|им)$/;
    if (ins.test(surname) && ins.test(next)) return true;
  }
  // "Dan Jorgensen": the dataset surname is a given name; "Wang Wentao": surname first.
  return /^[a-z]+$/.test(next) && (isGivenName(surname) || EAST_ASIAN_SURNAMES.has(surname)) && !isTitleWord(next) && !CALENDAR_EN.has(next);
}

const CALENDAR_EN = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
