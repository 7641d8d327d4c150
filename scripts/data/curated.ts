/** Reads the curated people and organizations (`assets/curated/{people,orgs}/*.jsonl`). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrganizationRecord, PersonRecord } from '../../lib/data/types';

export interface CuratedLine {
  file: string;
  line: number;
  id: string;
  record: PersonRecord | OrganizationRecord;
}

/** Every `.jsonl` file under `dir/<sub>`, in name order. */
export function curatedFiles(dir: string, sub: 'people' | 'orgs'): string[] {
  const d = join(dir, sub);
  let names: string[];
  try {
    names = readdirSync(d);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.jsonl')).sort().map((n) => join(d, n));
}

/** Parses one `.jsonl` file; blank lines are skipped, a bad line throws with its file and number. */
export function readJsonl(file: string): CuratedLine[] {
  const out: CuratedLine[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim().length === 0) return;
      let record: PersonRecord | OrganizationRecord;
      try {
        record = JSON.parse(text) as PersonRecord | OrganizationRecord;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`, { cause: e });
      }
      out.push({ file, line: i + 1, id: record.id, record });
    });
  return out;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** All curated records, each type sorted by id. */
export function readCurated(dir: string): { people: PersonRecord[]; orgs: OrganizationRecord[] } {
  const people = curatedFiles(dir, 'people').flatMap(readJsonl).map((l) => l.record as PersonRecord);
  const orgs = curatedFiles(dir, 'orgs').flatMap(readJsonl).map((l) => l.record as OrganizationRecord);
  return { people: people.sort(byId), orgs: orgs.sort(byId) };
}
