/**
 * Chooses the entity for a dictionary match and ranks the runner-ups.
 *
 * Score = prior (population, prominence) + how the form matched (full name, bare surname, lemma)
 * + context (a co-mentioned country or parent region, a type cue word before the name).
 */
import type { Candidate } from './types';
import { REF_SURNAME, refEntity, refFlags } from './index-format';
import type { DocContext } from './context';
import type { DictMatch } from './lookup';
import type { RuntimeIndex } from './runtime-index';
import type { EntityKind } from './index-format';

export interface Resolution {
  entity: number;
  score: number;
  candidates: Candidate[];
  /** True when only a bare surname matched and nothing in the document supports it. */
  weak: boolean;
}

const MAX_CANDIDATES = 4;

/** Picks the best entity for a match given the document context and a cue before it. */
export function resolve(
  m: DictMatch,
  index: RuntimeIndex,
  ctx: DocContext,
  cue: EntityKind[] | null,
  lang: 'ru' | 'en',
): Resolution | null {
  if (m.refs.length === 1) return resolveOne(m, index, ctx, cue, lang);
  // Parallel arrays, not a Map of objects: this runs for every dictionary match, most have one
  // to three refs, and a linear scan over so few beats hashing.
  const ents: number[] = [];
  const scores: number[] = [];
  const weaks: boolean[] = [];
  for (const ref of m.refs) {
    const e = refEntity(ref);
    const { s, weak } = scoreRef(ref, m, index, ctx, cue);
    const at = ents.indexOf(e);
    if (at < 0) {
      ents.push(e);
      scores.push(s);
      weaks.push(weak);
    } else if (scores[at]! < s) {
      scores[at] = s;
      weaks[at] = weak;
    }
  }
  if (ents.length === 0) return null;
  // «Астана», «Москва»: a city and the region named after it (its parent) → the text means the city.
  if (ents.length > 1) for (let k = 0; k < ents.length; k++) if (ents.includes(index.parent(ents[k]!))) scores[k]! += 0.1;
  const order = ents.map((_, k) => k);
  if (order.length > 1) order.sort((a, b) => scores[b]! - scores[a]! || ents[a]! - ents[b]!);
  const top = order[0]!;
  // «в Стамбуле», "in Geneva", "New York": a region named like a city means the city, unless a cue
  // before it says region («Стамбульский ил», "New York State" are how news names the region).
  let entity = ents[top]!;
  if (index.kind(entity) === 'region' && !cue?.includes('region')) {
    const city = index.eponymousCity(entity);
    if (city >= 0) entity = city;
  }
  const margin = order.length > 1 ? scores[top]! - scores[order[1]!]! : 0.2;
  // Confidence drops when the runner-up is close.
  const score = clamp(scores[top]! - Math.max(0, 0.1 - margin));
  const candidates: Candidate[] = [];
  for (const k of order) {
    if (candidates.length === MAX_CANDIDATES) break;
    const e = ents[k]!;
    if (e !== entity) candidates.push({ entityId: index.id(e), name: index.name(e, lang) || index.id(e), score: clamp(scores[k]!) });
  }
  return { entity, score, weak: weaks[top]!, candidates };
}

/** Score of one reading of a match, and whether only a bare surname supports it. */
function scoreRef(ref: number, m: DictMatch, index: RuntimeIndex, ctx: DocContext, cue: EntityKind[] | null): { s: number; weak: boolean } {
  const e = refEntity(ref);
  const surname = (refFlags(ref) & REF_SURNAME) !== 0 && !m.initials;
  const kind = index.kind(e);
  let s = 0.55 + index.prior(e) * 0.03;
  if (m.lemma) s -= 0.12;
  let weak = false;
  if (surname) {
    if (ctx.fullyNamed.has(e)) s += 0.1;
    else {
      s -= 0.2;
      weak = true;
    }
  }
  if (kind !== 'country' && kind !== 'person-m' && kind !== 'person-f' && ctx.countries.has(index.country(e))) s += 0.12;
  if (ctx.places.has(index.parent(e))) s += 0.15;
  if (cue) s += cue.includes(kind) ? 0.25 : -0.15;
  return { s, weak };
}

/** `resolve` for a match with one reading (most): no ranking, the same answer. */
function resolveOne(m: DictMatch, index: RuntimeIndex, ctx: DocContext, cue: EntityKind[] | null, lang: 'ru' | 'en'): Resolution {
  const e = refEntity(m.refs[0]!);
  const { s, weak } = scoreRef(m.refs[0]!, m, index, ctx, cue);
  let entity = e;
  if (index.kind(entity) === 'region' && !cue?.includes('region')) {
    const city = index.eponymousCity(entity);
    if (city >= 0) entity = city;
  }
  // One reading: no runner-up, so the margin is the full 0.2 and the score is the reading's own.
  const candidates: Candidate[] = entity === e ? [] : [{ entityId: index.id(e), name: index.name(e, lang) || index.id(e), score: clamp(s) }];
  return { entity, score: clamp(s), weak, candidates };
}

function clamp(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
