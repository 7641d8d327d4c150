/**
 * One-word place matches that the text around them shows are ordinary words: a role word before
 * a name («Аким Алматы»), a month before a day ("March 3"), an adjective before its noun
 * («Центральный стадион»), a common word or a tiny town's name opening a clause («Банк подтвердил»,
 * «– Миссия МВФ»). Towns named like these exist, but the news means the word.
 */
import { isAdjectiveNom } from '../morph/decline';
import { isRoleWord } from '../roles/lexicon';
import type { Token } from '../text/tokenize';
import { REF_COMMON, refEntity, refFlags } from './index-format';
import type { DictMatch, Word } from './lookup';
import type { RuntimeIndex } from './runtime-index';

/** Towns this small (prior 0–1: under ~50k people) are rarely the subject opening a sentence. */
const TINY_TOWN_PRIOR = 1;
const SINGULAR_ADJ = /(ый|ий|ой|ая|яя)$/;
/** Oblique singular adjective endings that no locative shares («Новым годом», «Нового года»). */
const OBLIQUE_ADJ = /(ого|его|ому|ему|ым|им)$/;
/** Towns this small (prior 0–2: under ~100k people) are not what «Нового года» means; Grozny is. */
const SMALL_TOWN_PRIOR = 2;
const DASHES = new Set(['-', '–', '—']);
/**
 * Short words after an adjective that are no noun it could qualify («Новый был основан…»): the
 * adjective + noun test below accepts three-letter nouns («Новый год», «Белый дом») but not these.
 */
const SHORT_NOT_NOUNS = new Set(['был', 'для', 'при', 'про', 'под', 'над', 'без', 'что', 'как', 'или', 'это', 'его', 'она', 'оно', 'они', 'все', 'так', 'уже', 'еще', 'где', 'там', 'тут', 'нет', 'вам', 'нам', 'ему', 'ней', 'них']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A word an adjective before it may qualify: three letters or more, and not a short function word. */
function adjectiveNoun(norm: string): boolean {
  return norm.length > 3 || (norm.length === 3 && !SHORT_NOT_NOUNS.has(norm));
}

/** True when a one-word place match is better read as an ordinary word. */
export function isWeakPlace(tokens: readonly Token[], words: readonly Word[], m: DictMatch, index: RuntimeIndex): boolean {
  if (m.we - m.ws !== 1) return false;
  const kinds = m.refs.map((r) => index.kind(refEntity(r)));
  if (!kinds.every((k) => k === 'city' || k === 'city-base' || k === 'region')) return false;
  const w = words[m.ws]!;
  const next = words[m.we];
  const norm = w.tok.norm;
  if (isRoleWord(norm) && next && !next.brk && next.tok.cap) return true;
  if (MONTHS.has(norm) && tokens[w.ti + 1]?.kind === 'num') return true;
  const common = m.refs.some((r) => refFlags(r) & REF_COMMON);
  const clauseStart = w.tok.sentStart || DASHES.has(tokens[w.ti - 1]?.text ?? '');
  if (common && clauseStart) return true;
  // Singular adjective endings only: «Семее» (locative of «Семей») ends like a neuter adjective.
  const nounAfter = next !== undefined && !next.brk && !next.tok.cap && adjectiveNoun(next.tok.norm);
  if (common && nounAfter && isAdjectiveNom(norm) && SINGULAR_ADJ.test(norm)) return true;
  // The same in an oblique case, for small towns: «с Новым годом» is no town in Michigan.
  if (common && nounAfter && OBLIQUE_ADJ.test(norm) && m.refs.every((r) => index.prior(refEntity(r)) <= SMALL_TOWN_PRIOR)) return true;
  const tiny = kinds.every((k) => k === 'city-base') && m.refs.every((r) => index.prior(refEntity(r)) <= TINY_TOWN_PRIOR);
  return tiny && clauseStart && w.tok.sentStart;
}
