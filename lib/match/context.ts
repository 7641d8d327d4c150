/**
 * Document context for disambiguation: which countries and regions the text mentions
 * unambiguously, and which entities it names in full (for coreference of bare surnames).
 */
import { REF_SURNAME, refEntity, refFlags } from './index-format';
import type { DictMatch } from './lookup';
import type { RuntimeIndex } from './runtime-index';

export interface DocContext {
  countries: Set<string>;
  /** Entity indices of regions (and countries) mentioned. */
  places: Set<number>;
  /** Entities named by a full form (not a bare surname) somewhere in the document. */
  fullyNamed: Set<number>;
}

/** Collects context from every chunk's dictionary matches. */
export function buildContext(matches: readonly (readonly DictMatch[])[], index: RuntimeIndex): DocContext {
  const ctx: DocContext = { countries: new Set(), places: new Set(), fullyNamed: new Set() };
  for (const chunk of matches) {
    for (const m of chunk) {
      const entities = new Set(m.refs.map(refEntity));
      const full = m.refs.filter((r) => !(refFlags(r) & REF_SURNAME));
      for (const r of full) ctx.fullyNamed.add(refEntity(r));
      if (m.initials) for (const r of m.refs) ctx.fullyNamed.add(refEntity(r));
      // Only unambiguous places count as context, else «Алматы» would vouch for itself.
      if (entities.size !== 1) continue;
      const e = [...entities][0]!;
      const kind = index.kind(e);
      if (kind === 'country' || kind === 'region') {
        ctx.places.add(e);
        ctx.countries.add(index.country(e));
      }
    }
  }
  return ctx;
}
