/** Current heads derived from people's roles: the build fills country facts, the knowledge base org heads. */
import type { PersonRecord, Role, RoleKind } from '../data/types';

/** Role kinds that make a person the head of the organization the role names. */
const HEAD_KINDS: ReadonlySet<RoleKind> = new Set<RoleKind>([
  'org-head',
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'minister',
  'legislature-chair',
  'regional-head',
]);

export interface Head {
  personId: string;
  role: Role;
}

/** A role is current while it has no end date. */
export function isCurrent(role: Role): boolean {
  return role.until === undefined;
}

/** Current holders of `kind` for a country (ISO2), sorted by person id for stable output. */
export function countryHeads(people: readonly PersonRecord[], iso2: string, kind: RoleKind): Head[] {
  const out: Head[] = [];
  for (const p of people) {
    for (const role of p.roles) {
      if (role.kind === kind && role.country === iso2 && isCurrent(role)) out.push({ personId: p.id, role });
    }
  }
  return out.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}

/** Current heads of every organization, keyed by org id (one pass over all roles). */
export function orgHeads(people: readonly PersonRecord[]): Map<string, Head[]> {
  const out = new Map<string, Head[]>();
  for (const p of people) {
    for (const role of p.roles) {
      if (!role.org || !isCurrent(role) || !HEAD_KINDS.has(role.kind)) continue;
      const list = out.get(role.org) ?? [];
      list.push({ personId: p.id, role });
      out.set(role.org, list);
    }
  }
  return out;
}

/** Current regional heads keyed by region id. */
export function regionHeads(people: readonly PersonRecord[]): Map<string, Head[]> {
  const out = new Map<string, Head[]>();
  for (const p of people) {
    for (const role of p.roles) {
      if (!role.region || !isCurrent(role) || role.kind !== 'regional-head') continue;
      const list = out.get(role.region) ?? [];
      list.push({ personId: p.id, role });
      out.set(role.region, list);
    }
  }
  return out;
}
