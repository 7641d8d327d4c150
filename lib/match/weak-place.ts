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
const DASHES = new Set(['-', '–', '—']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

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
  if (common && isAdjectiveNom(norm) && SINGULAR_ADJ.test(norm) && next && !next.brk && !next.tok.cap && next.tok.norm.length > 3) return true;
  const tiny = kinds.every((k) => k === 'city-base') && m.refs.every((r) => index.prior(refEntity(r)) <= TINY_TOWN_PRIOR);
  return tiny && clauseStart && w.tok.sentStart;
}
