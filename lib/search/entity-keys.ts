/** Which strings of a record are searchable, and how prominent the record is (the tie-breaker). */
import type { EntityRecord } from '../data/types';
import { searchKey } from './keys';

/** Every name, short name and alias of a record, as distinct search keys (display names first). */
export function entityKeys(rec: EntityRecord): string[] {
  const raw: string[] = [rec.name.ru, rec.name.en, ...Object.values(rec.name)];
  if (rec.type === 'ORG' && rec.short) raw.push(...Object.values(rec.short));
  raw.push(...(rec.aliases ?? []));
  const out: string[] = [];
  for (const s of raw) {
    const k = searchKey(s);
    if (k.length > 0 && !out.includes(k)) out.push(k);
  }
  return out;
}

const ROLE_WEIGHT: Record<string, number> = {
  'head-of-state': 0.3,
  'head-of-government': 0.25,
  'foreign-minister': 0.2,
  'legislature-chair': 0.15,
  minister: 0.12,
  'org-head': 0.1,
  'regional-head': 0.1,
  'deputy-minister': 0.06,
  ambassador: 0.06,
  other: 0.03,
};

/**
 * Prominence in [0, 1): people by the number and weight of their roles (current ones count
 * double), places by kind and population, organizations by kind.
 */
export function prominence(rec: EntityRecord): number {
  switch (rec.type) {
    case 'PER': {
      let w = 0;
      for (const r of rec.roles) w += (ROLE_WEIGHT[r.kind] ?? 0.03) * (r.until === undefined ? 2 : 1);
      return Math.min(0.95, 0.3 + w);
    }
    case 'ORG':
      return rec.kind === 'international' ? 0.7 : rec.kind === 'ministry' || rec.kind === 'state-body' ? 0.6 : 0.5;
    case 'LOC': {
      if (rec.kind === 'country') return 0.95;
      if (rec.kind === 'region') return 0.6;
      const pop = Math.log10(Math.max(rec.population ?? 1, 1)) / 8;
      return Math.min(0.9, pop + (rec.capital ? 0.1 : 0));
    }
  }
}
