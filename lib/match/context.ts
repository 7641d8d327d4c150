/**
 * Document context for disambiguation: which countries and regions the text mentions
 * unambiguously, and which entities it names in full (for coreference of bare surnames).
 */
import { REF_SURNAME, refEntity, refFlags } from './index-format';
import type { DictMatch } from './lookup';
import type { RuntimeIndex } from './runtime-index';

export interface DocContext {
  countries: Set<string>;
  /** How often each country (ISO2) is named, by itself or through one of its regions. */
  countryCounts: Map<string, number>;
  /** Entity indices of regions (and countries) mentioned. */
  places: Set<number>;
  /** Entities named by a full form (not a bare surname) somewhere in the document. */
  fullyNamed: Set<number>;
}

/** Collects context from every chunk's dictionary matches. */
export function buildContext(matches: readonly (readonly DictMatch[])[], index: RuntimeIndex): DocContext {
  const ctx: DocContext = { countries: new Set(), countryCounts: new Map(), places: new Set(), fullyNamed: new Set() };
  for (const chunk of matches) {
    for (const m of chunk) {
      const entities = new Set<number>();
      let full = 0;
      for (const r of m.refs) {
        entities.add(refEntity(r));
        if (!(refFlags(r) & REF_SURNAME) || m.initials) {
          ctx.fullyNamed.add(refEntity(r));
          if (!(refFlags(r) & REF_SURNAME)) full++;
        }
      }
      // Which country the text is about: any name whose every reading lies in one country
      // («Алматы» the city or the region, «Нацбанк Казахстана»), bare surnames aside.
      const country = full > 0 ? soleCountry(entities, index) : '';
      if (country) ctx.countryCounts.set(country, (ctx.countryCounts.get(country) ?? 0) + 1);
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

/**
 * The country (ISO2) a match's entities point to: the one they all share, or the most prominent
 * reading's when every reading elsewhere is less likely («Москва»: not the town in Idaho).
 */
function soleCountry(entities: ReadonlySet<number>, index: RuntimeIndex): string {
  let best = -1;
  for (const e of entities) if (best < 0 || index.prior(e) > index.prior(best)) best = e;
  const out = best < 0 ? '--' : index.country(best);
  if (out === '--') return '';
  for (const e of entities) if (index.country(e) !== out && index.prior(e) >= index.prior(best)) return '';
  return out;
}
