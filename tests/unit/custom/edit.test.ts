import { describe, expect, it } from 'vitest';
import { deleteCustomEntities, saveCustomEntity } from '@/lib/custom/edit';
import type { CustomEntity } from '@/lib/custom/entity';

const TODAY = '2026-02-13';
const base: CustomEntity[] = [
  { id: 'per-a', type: 'PER', name_ru: 'А Б', country: 'KZ', aliases: [], added: '2026-01-01' },
  { id: 'org-b', type: 'ORG', name_ru: 'Фонд', aliases: [], added: '2026-01-01' },
];

describe('saveCustomEntity', () => {
  it('adds a new entity with a derived id, suffixed when taken', () => {
    const first = saveCustomEntity(base, { type: 'ORG', name_en: 'B' }, TODAY);
    expect(first).toMatchObject({ ok: true, id: 'org-b-2' });
  });

  it('edits in place, keeping the id and position', () => {
    const r = saveCustomEntity(base, { type: 'PER', name_ru: 'А Б В', country: 'KZ' }, TODAY, 'per-a');
    if (!r.ok) throw new Error('rejected');
    expect(r.entities.map((e) => [e.id, e.name_ru, e.added])).toEqual([
      ['per-a', 'А Б В', TODAY],
      ['org-b', 'Фонд', '2026-01-01'],
    ]);
  });

  it('rejects an edit that takes another entity\'s id, and invalid values, with row 1', () => {
    expect(saveCustomEntity(base, { id: 'org-b', type: 'PER', name_ru: 'X', country: 'KZ' }, TODAY, 'per-a')).toEqual({
      ok: false,
      problems: [{ row: 1, code: 'duplicate_id', field: 'id' }],
    });
    expect(saveCustomEntity(base, { type: 'PER', name_ru: 'X' }, TODAY)).toEqual({ ok: false, problems: [{ row: 1, code: 'required', field: 'country' }] });
  });
});

describe('deleteCustomEntities', () => {
  it('removes only the given ids', () => {
    expect(deleteCustomEntities(base, ['per-a', 'nope']).map((e) => e.id)).toEqual(['org-b']);
  });
});
