/** Adding, editing and deleting single custom entities (the options page's form and list). */
import { type CustomEntity, slugFor } from './entity';
import { LIMITS } from './fields';
import { toCustomEntity, validateRow } from './import';
import type { ImportProblem } from './problems';

export type EditResult = { ok: true; entities: CustomEntity[]; id: string } | { ok: false; problems: ImportProblem[] };

/**
 * Saves one entity from form values. Editing (`replaceId`) keeps its place in the list and its id
 * unless the form gives a new one; a new entity whose derived id is taken gets a numeric suffix.
 */
export function saveCustomEntity(
  existing: readonly CustomEntity[],
  values: Record<string, unknown>,
  today: string,
  replaceId?: string,
): EditResult {
  const result = validateRow({ row: 1, values });
  if (!result.ok) return result;
  const taken = new Set(existing.map((e) => e.id).filter((id) => id !== replaceId));
  let id = result.value.id ?? replaceId ?? slugFor(result.value);
  if (result.value.id !== undefined && taken.has(id)) return { ok: false, problems: [{ row: 1, code: 'duplicate_id', field: 'id' }] };
  for (let n = 2; taken.has(id); n++) id = `${slugFor(result.value)}-${n}`;
  const entity = toCustomEntity(result.value, id, today);
  const index = replaceId === undefined ? -1 : existing.findIndex((e) => e.id === replaceId);
  const entities = [...existing];
  if (index >= 0) entities[index] = entity;
  else entities.push(entity);
  if (entities.length > LIMITS.entities) return { ok: false, problems: [{ row: 0, code: 'too_many' }] };
  return { ok: true, entities, id };
}

/** The list without the given ids. */
export function deleteCustomEntities(existing: readonly CustomEntity[], ids: readonly string[]): CustomEntity[] {
  const gone = new Set(ids);
  return existing.filter((e) => !gone.has(e.id));
}
