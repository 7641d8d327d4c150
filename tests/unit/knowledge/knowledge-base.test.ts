import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../lib/data/load';
import { readDatasetFiles } from '../../../scripts/cli/dataset';

const kb = loadKnowledgeBase(readDatasetFiles());

describe('KnowledgeBase', () => {
  it('stats count every type and place kind', () => {
    const s = kb.stats();
    expect(s.version).toBe(kb.version);
    expect(s.byKind['LOC:country']).toBeGreaterThanOrEqual(245);
    expect(s.byType.LOC! + s.byType.PER! + s.byType.ORG!).toBe(s.total);
  });

  it('view of a country resolves capital and current heads with their titles', () => {
    const v = kb.view('country:KZ')!;
    expect(v.refs['city:1526273']?.name.ru).toBe('Астана');
    expect(v.heads?.some((h) => h.personId === 'person:kassym-jomart-tokayev')).toBe(true);
    for (const h of v.heads ?? []) expect(v.refs[h.personId]?.type).toBe('PER');
    expect(v.datasetVersion).toBe(kb.version);
  });

  it('view of a city resolves its region and country with flag', () => {
    const v = kb.view('city:3194360')!;
    expect(v.refs['region:784272']?.name.ru).toBe('Воеводина');
    expect(v.refs['country:RS']).toMatchObject({ flag: '🇷🇸', kind: 'country' });
  });

  it('view of a ministry lists its current head', () => {
    const v = kb.view('org:mfa-kz')!;
    expect(v.refs['country:KZ']).toBeDefined();
    expect(v.heads?.length ?? 0).toBeGreaterThan(0);
  });

  it('view of a person resolves role organizations', () => {
    const p = kb.get('person:maja-gojkovic');
    expect(p?.type).toBe('PER');
    const v = kb.view('person:maja-gojkovic')!;
    for (const role of p?.type === 'PER' ? p.roles : []) if (role.org) expect(v.refs[role.org]).toBeDefined();
  });

  it('unknown ids give undefined', () => {
    expect(kb.get('city:0')).toBeUndefined();
    expect(kb.view('city:0')).toBeUndefined();
  });
});
