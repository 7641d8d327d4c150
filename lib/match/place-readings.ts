/**
 * Readings of one-word place matches that are not places: a town named like an adjective ("German
 * carmakers", «Чистая прибыль»), like a surname after a given name («Дмитрий Шевченко»), like an
 * institution («Совета»), or part of a longer name ("Vakhsh River", "South Gobi").
 */
import { refEntity } from './index-format';
import { looksLikeSurname } from './lexicon/names';
import type { DictMatch, Word } from './lookup';
import { ADJ_RU_NOM, cyrillicGivenLike, isInitial } from './namesake';
import type { RuntimeIndex } from './runtime-index';
import { isGivenName, isTitleWord } from './unknown';
import { isInstitutionWord } from './unknown-org';

// Adjectives and demonyms only: "-an" place names («Milan», "Tehran») are names, not adjectives.
const ADJ_EN = /(ern|ian|ese|ish|ean|ic)$|^(german|american|mexican|moroccan|kenyan|african|cuban|chilean|tibetan|afghan|balkan)$/;

const SMALL_PLACE = new Set(['region', 'city-base']);

/**
 * "German carmakers", "Western diplomats", «Чистая прибыль», «Новая дорога»: a small place named like
 * an adjective, used as one before a lowercase noun (English anywhere, Russian at a sentence start,
 * where its capital says nothing).
 */
export function adjectiveLikePlace(words: readonly Word[], m: DictMatch, index: RuntimeIndex): boolean {
  if (m.we - m.ws !== 1) return false;
  const t = words[m.ws]!.tok;
  const next = words[m.we];
  if (!next || next.brk || next.tok.cap || next.tok.kind !== 'word') return false;
  if (!m.refs.every((r) => SMALL_PLACE.has(index.kind(refEntity(r))))) return false;
  if (/^[a-z]+$/.test(t.norm)) return ADJ_EN.test(t.norm) && !REGION_AFTER.has(next.tok.norm);
  return t.sentStart && ADJ_RU_NOM.test(t.norm);
}

/** A capitalized Cyrillic word inside a sentence before a one-word small place: a given name. */
export function cyrillicNameBefore(words: readonly Word[], m: DictMatch, index: RuntimeIndex, covered: readonly boolean[]): boolean {
  if (m.we - m.ws !== 1 || m.ws === 0 || words[m.ws]!.brk || covered[m.ws - 1]) return false;
  const prev = words[m.ws - 1]!.tok;
  if (!prev.cap || prev.upper || prev.sentStart || prev.norm.length < 3 || words[m.ws]!.tok.glued || !cyrillicGivenLike(prev)) return false;
  return m.refs.every((r) => SMALL_PLACE.has(index.kind(refEntity(r))));
}

const FEATURE_EN = new Set(['river', 'lake', 'sea', 'mountains', 'valley', 'desert', 'avenue', 'street', 'square', 'bridge', 'canal', 'gorge', 'bay', 'strait', 'island', 'islands', 'peninsula', 'plateau', 'basin', 'reservoir', 'dam', 'field', 'steppe']);

const COMPASS_EN = new Set(['north', 'south', 'east', 'west', 'central', 'upper', 'lower', 'northern', 'southern', 'eastern', 'western']);

/** End of "<place> River" or "South <Name>" after a one-word place match at m, or -1. */
export function featureEnd(words: readonly Word[], m: DictMatch, index: RuntimeIndex, covered: readonly boolean[]): number {
  const next = words[m.we];
  if (!next || next.brk || !next.tok.cap || next.tok.upper || covered[m.we] || !/^[a-z]+$/.test(next.tok.norm)) return -1;
  if (!m.refs.every((r) => index.type(refEntity(r)) === 'LOC' && index.kind(refEntity(r)) !== 'country')) return -1;
  if (FEATURE_EN.has(next.tok.norm)) return m.we + 1;
  return COMPASS_EN.has(words[m.ws]!.tok.norm) ? m.we + 1 : -1;
}

/** «Совета Республики»: a capitalized institution noun inside a sentence is no town («Совет»). */
export function institutionWord(words: readonly Word[], m: DictMatch, index: RuntimeIndex): boolean {
  const t = words[m.ws]!.tok;
  return m.we - m.ws === 1 && !t.sentStart && isInstitutionWord(t.norm) && m.refs.every((r) => index.type(refEntity(r)) === 'LOC' && index.kind(refEntity(r)) !== 'country');
}

/**
 * «Anna Kotova», "Stanley Fischer": a one-word small place that is a given name next to a
 * capitalized word; «Дастан Сатпаев»: a town named after a person («Сатпаев», «Курчатов») right
 * after a capitalized word inside a sentence is that person's namesake.
 */
export function personLikePlace(text: string, words: readonly Word[], m: DictMatch, index: RuntimeIndex): boolean {
  if (m.we - m.ws !== 1) return false;
  const kinds = m.refs.map((r) => index.kind(refEntity(r)));
  if (!kinds.every((k) => k === 'city-base' || k === 'region' || k === 'city')) return false;
  const next = words[m.we];
  if (isGivenName(words[m.ws]!.tok.norm) && next !== undefined && !next.brk && next.tok.cap) return true;
  const prev = words[m.ws - 1];
  // «тренера Бадди Макгирта»: a small town's name between a person word and a capitalized word is
  // a given name.
  if (prev !== undefined && !words[m.ws]!.brk && isTitleWord(prev.tok.norm) && next !== undefined && !next.brk && next.tok.cap && !next.tok.upper && kinds.every((k) => k === 'city-base')) return true;
  // «Дмитрий Шевченко», «Р. Наджаф»: after a given name or an initial, a town's name is a surname.
  if (prev !== undefined && !words[m.ws]!.brk && prev.tok.cap && !prev.tok.upper && (isInitial(text, prev) || (isGivenName(prev.tok.norm) && kinds.every((k) => k !== 'city') && !prev.tok.sentStart))) return true;
  const norm = words[m.ws]!.tok.norm;
  return prev !== undefined && !words[m.ws]!.brk && prev.tok.cap && !prev.tok.upper && !prev.tok.sentStart && /(ов|ев|ин)$/.test(norm) && looksLikeSurname(norm);
}

export const REGION_AFTER = new Set(['region', 'province', 'oblast']);
