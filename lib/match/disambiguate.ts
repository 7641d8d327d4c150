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
  const best = new Map<number, { score: number; weak: boolean }>();
  for (const ref of m.refs) {
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
    const prev = best.get(e);
    if (!prev || prev.score < s) best.set(e, { score: s, weak });
  }
  // «Астана», «Москва»: a city and the region named after it (its parent) → the text means the city.
  for (const [e, v] of best) if (best.has(index.parent(e))) v.score += 0.1;
  const ranked = [...best.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
  const top = ranked[0];
  if (!top) return null;
  // «в Стамбуле», "in Geneva", "New York": a region named like a city means the city, unless a cue
  // before it says region («Стамбульский ил», "New York State" are how news names the region).
  let entity = top[0];
  if (index.kind(entity) === 'region' && !cue?.includes('region')) {
    const city = index.eponymousCity(entity);
    if (city >= 0) entity = city;
  }
  const margin = ranked[1] ? top[1].score - ranked[1][1].score : 0.2;
  // Confidence drops when the runner-up is close.
  const score = clamp(top[1].score - Math.max(0, 0.1 - margin));
  return {
    entity,
    score,
    weak: top[1].weak,
    candidates: ranked.filter(([e]) => e !== entity).slice(0, MAX_CANDIDATES).map(([e, v]) => ({
      entityId: index.id(e),
      name: index.name(e, lang) || index.id(e),
      score: clamp(v.score),
    })),
  };
}

function clamp(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
