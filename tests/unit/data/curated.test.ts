import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedFiles, readJsonl } from '../../../scripts/data/curated';
import { DEFAULT_PATHS } from '../../../scripts/data/paths';

const files = [...curatedFiles(DEFAULT_PATHS.curated, 'people'), ...curatedFiles(DEFAULT_PATHS.curated, 'orgs')];

describe('curated files', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.slice(DEFAULT_PATHS.curated.length + 1), f]))('%s: one record per line, sorted by id', (_name, file) => {
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim().length > 0);
    const parsed = readJsonl(file);
    expect(parsed.length).toBe(lines.length);
    const ids = parsed.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    for (const l of lines) expect(l.trim().startsWith('{') && l.trim().endsWith('}')).toBe(true);
  });

  it('ids are unique across all files', () => {
    const ids = files.flatMap((f) => readJsonl(f).map((l) => l.id));
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup).toEqual([]);
  });

  it('people are in people/, orgs in orgs/', () => {
    const bad = files.flatMap((f) =>
      readJsonl(f).filter((l) => (f.includes('/people/') ? l.record.type !== 'PER' : l.record.type !== 'ORG')),
    );
    expect(bad.map((b) => `${b.file}:${b.line}`)).toEqual([]);
  });
});
