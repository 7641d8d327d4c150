/**
 * The user's own entities in the background: the only writer of `customEntities` (writes are
 * queued, so two options tabs cannot interleave a read-modify-write), and the holder of the
 * current custom layer the knowledge service merges into matching, cards and search.
 */
import type { RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import { customEntities } from '@/lib/storage/settings';
import type { CustomEntity } from '@/lib/custom/entity';
import { importCustomEntities } from '@/lib/custom/import';
import { deleteCustomEntities, saveCustomEntity } from '@/lib/custom/edit';
import { createCustomLayer, type CustomLayer } from '@/lib/custom/layer';

let layer: CustomLayer = createCustomLayer([]);
let loaded: Promise<void> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** Loads the stored entities into the layer once per background lifetime. */
export function loadCustomLayer(): Promise<void> {
  loaded ??= customEntities.getValue().then((list) => void (layer = createCustomLayer(list)));
  return loaded;
}

/** The layer as of the last write (empty until `loadCustomLayer` resolves). */
export function currentCustomLayer(): CustomLayer {
  return layer;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Runs one read-modify-write after the previous one; the layer is rebuilt after each write. */
function write<T>(change: (list: CustomEntity[]) => { next: CustomEntity[] | null; reply: T }): Promise<T> {
  const run = queue.then(async () => {
    const { next, reply } = change(await customEntities.getValue());
    if (next) {
      await customEntities.setValue(next);
      layer = createCustomLayer(next);
    }
    return reply;
  });
  queue = run.catch(() => undefined);
  return run;
}

export function handleCustomImport(request: RequestOf<'ui→bg:custom-import'>): Promise<ResponseOf<'ui→bg:custom-import'>> {
  return write<ResponseOf<'ui→bg:custom-import'>>((list) => {
    const result = importCustomEntities(list, request.text, request.format, today());
    if (!result.ok) return { next: null, reply: result };
    return { next: result.entities, reply: { ok: true, total: result.entities.length, added: result.added, updated: result.updated } };
  });
}

export function handleCustomSave(request: RequestOf<'ui→bg:custom-save'>): Promise<ResponseOf<'ui→bg:custom-save'>> {
  return write<ResponseOf<'ui→bg:custom-save'>>((list) => {
    const result = saveCustomEntity(list, request.values, today(), request.replaceId);
    if (!result.ok) return { next: null, reply: result };
    return { next: result.entities, reply: { ok: true, total: result.entities.length, id: result.id } };
  });
}

export function handleCustomDelete(request: RequestOf<'ui→bg:custom-delete'>): Promise<ResponseOf<'ui→bg:custom-delete'>> {
  return write((list) => {
    const next = deleteCustomEntities(list, request.ids);
    return { next, reply: { ok: true as const, total: next.length } };
  });
}
