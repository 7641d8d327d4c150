/**
 * Import of a user's file of entities: all or nothing. Either every row is valid and the result is
 * the new full list (the old one with rows added or replaced by id), or nothing changes and every
 * problem is reported with its row number.
 */
import { type CustomEntity, slugFor } from './entity';
import { LIMITS } from './fields';
import { isProblemCode, MAX_REPORTED_PROBLEMS, type ImportProblem } from './problems';
import { readRows, type ImportFormat, type RawRow } from './read';
import { customRowSchema, type CustomRow } from './schema';

export type ImportResult =
  | { ok: true; entities: CustomEntity[]; added: number; updated: number }
  | { ok: false; problems: ImportProblem[] };

/** Validates one raw row; the problems carry `row`. Shared by import and the options edit form. */
export function validateRow(raw: RawRow): { ok: true; value: CustomRow } | { ok: false; problems: ImportProblem[] } {
  const parsed = customRowSchema.safeParse(raw.values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue): ImportProblem => {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const code = isProblemCode(issue.message) ? issue.message : 'invalid_text';
    return field ? { row: raw.row, code, field } : { row: raw.row, code };
  });
  return { ok: false, problems };
}

/** Turns a validated row into a stored entity, keeping the id it was given or deriving one. */
export function toCustomEntity(row: CustomRow, id: string, added: string): CustomEntity {
  const { id: _given, aliases, ...rest } = row;
  const entity: CustomEntity = { ...rest, id, aliases: aliases ?? [], added };
  // Drop absent optionals so stored JSON stays small and diffable.
  for (const key of Object.keys(entity) as (keyof CustomEntity)[]) if (entity[key] === undefined) delete entity[key];
  return entity;
}

/**
 * Imports `text` into `existing`. `today` (YYYY-MM-DD) dates the new facts. Rows without an id get
 * one from their name, so importing the same file twice updates rather than duplicates.
 */
export function importCustomEntities(existing: readonly CustomEntity[], text: string, format: ImportFormat, today: string): ImportResult {
  const read = readRows(text, format);
  if (!read.ok) return { ok: false, problems: read.problems.slice(0, MAX_REPORTED_PROBLEMS) };
  const problems: ImportProblem[] = [];
  const valid: { row: number; value: CustomRow }[] = [];
  for (const raw of read.rows) {
    const result = validateRow(raw);
    if (result.ok) valid.push({ row: raw.row, value: result.value });
    else problems.push(...result.problems);
  }
  const seen = new Map<string, number>();
  const incoming: CustomEntity[] = [];
  for (const { row, value } of valid) {
    const id = value.id ?? slugFor(value);
    if (seen.has(id)) problems.push({ row, code: 'duplicate_id', field: 'id' });
    seen.set(id, row);
    incoming.push(toCustomEntity(value, id, today));
  }
  if (problems.length) return { ok: false, problems: sortProblems(problems).slice(0, MAX_REPORTED_PROBLEMS) };
  if (incoming.length === 0) return { ok: false, problems: [{ row: 0, code: 'empty_file' }] };

  const byId = new Map(existing.map((e) => [e.id, e]));
  let added = 0;
  for (const e of incoming) {
    if (!byId.has(e.id)) added++;
    byId.set(e.id, e);
  }
  if (byId.size > LIMITS.entities) return { ok: false, problems: [{ row: 0, code: 'too_many' }] };
  return { ok: true, entities: [...byId.values()], added, updated: incoming.length - added };
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.row - b.row);
}
