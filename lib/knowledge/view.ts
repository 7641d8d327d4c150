/** Builds an `EntityView`: a record plus every entity it refers to, resolved to short refs. */
import type { EntityRecord } from '../data/types';
import type { EntityRef, EntityView } from '../data/views';
import type { Head } from './heads';

export interface ViewContext {
  get(id: string): EntityRecord | undefined;
  /** Current heads of an org, region or country (from people's roles). */
  heads(id: string): Head[];
  version: string;
}

/** The flag of a place's country, for chips. */
function flagOf(rec: EntityRecord, ctx: ViewContext): string | undefined {
  const iso = rec.country;
  if (!iso) return undefined;
  const c = ctx.get(`country:${iso}`);
  return c?.type === 'LOC' ? c.country_facts?.flag : undefined;
}

/** A short reference to `rec`. */
export function toRef(rec: EntityRecord, ctx: ViewContext): EntityRef {
  const ref: EntityRef = { id: rec.id, type: rec.type, name: rec.name };
  if (rec.type === 'LOC' || rec.type === 'ORG') ref.kind = rec.kind;
  const flag = flagOf(rec, ctx);
  if (flag) ref.flag = flag;
  return ref;
}

/** Every id a record refers to (country, region, capital, centre, heads, role orgs/regions, parent, hq). */
export function referencedIds(rec: EntityRecord): string[] {
  const ids: (string | undefined)[] = [];
  switch (rec.type) {
    case 'LOC':
      if (rec.kind !== 'country') ids.push(`country:${rec.country}`);
      ids.push(rec.region, rec.center, rec.country_facts?.capital);
      ids.push(...(rec.country_facts?.headOfState ?? []), ...(rec.country_facts?.headOfGovernment ?? []));
      break;
    case 'ORG':
      ids.push(rec.country ? `country:${rec.country}` : undefined, rec.parent, rec.hq);
      break;
    case 'PER':
      ids.push(`country:${rec.country}`);
      for (const r of rec.roles) ids.push(r.org, r.region, r.country ? `country:${r.country}` : undefined);
      break;
  }
  return [...new Set(ids.filter((x): x is string => !!x))];
}

/** Resolves `rec` for a card; unknown ids are skipped (the validation test keeps them from existing). */
export function buildView(rec: EntityRecord, ctx: ViewContext): EntityView {
  const refs: Record<string, EntityRef> = {};
  const addRef = (id: string): void => {
    const r = ctx.get(id);
    if (r && !refs[id]) refs[id] = toRef(r, ctx);
  };
  referencedIds(rec).forEach(addRef);
  const view: EntityView = { record: rec, refs, datasetVersion: ctx.version };
  const heads = rec.type === 'PER' ? [] : ctx.heads(rec.id);
  if (heads.length > 0) {
    view.heads = heads.map((h) => ({ personId: h.personId, title: h.role.title }));
    heads.forEach((h) => addRef(h.personId));
  }
  return view;
}
