import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../lib/data/types';
import { referencedIds } from '../../../lib/knowledge/view';
import { byId, records } from './helpers';

const ofType = (pred: (r: EntityRecord) => boolean): EntityRecord[] => records.filter(pred);

describe('dataset validation', () => {
  it('has unique ids', () => {
    expect(byId.size).toBe(records.length);
  });

  it.each([
    ['countries', (r: EntityRecord) => r.type === 'LOC' && r.kind === 'country', 245],
    ['regions', (r: EntityRecord) => r.type === 'LOC' && r.kind === 'region', 3800],
    ['cities', (r: EntityRecord) => r.type === 'LOC' && r.kind === 'city', 32000],
    ['people', (r: EntityRecord) => r.type === 'PER', 400],
    ['orgs', (r: EntityRecord) => r.type === 'ORG', 300],
  ])('has at least the minimum number of %s', (_name, pred, min) => {
    expect(ofType(pred).length).toBeGreaterThanOrEqual(min);
  });

  it('every record has non-empty ru and en names and no empty aliases', () => {
    const bad = records.filter(
      (r) => !r.name.ru?.trim() || !r.name.en?.trim() || (r.aliases ?? []).some((a) => a.trim().length === 0),
    );
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  it('ids have the form their type requires', () => {
    const bad = records.filter((r) => {
      if (r.type === 'PER') return !/^person:[a-z0-9-]+$/.test(r.id);
      if (r.type === 'ORG') return !/^org:[a-z0-9-]+$/.test(r.id);
      return !new RegExp(`^${r.kind}:`).test(r.id);
    });
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  it('every reference resolves (country, region, org, parent, hq, capital, centre, heads)', () => {
    const missing: string[] = [];
    for (const r of records) {
      for (const id of referencedIds(r)) if (!byId.has(id)) missing.push(`${r.id} → ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it('every role has asOf and source', () => {
    const bad: string[] = [];
    for (const r of records) {
      if (r.type !== 'PER') continue;
      r.roles.forEach((role, i) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(role.asOf) || !role.source?.trim()) bad.push(`${r.id} role ${i}`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('coordinates are in range', () => {
    const bad = records.filter(
      (r) => r.type === 'LOC' && r.lat !== undefined && (Math.abs(r.lat) > 90 || Math.abs(r.lon ?? 0) > 180),
    );
    expect(bad.map((r) => r.id)).toEqual([]);
  });
});
