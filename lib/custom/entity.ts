/** The stored shape of a user's own entity, and its conversion to a dataset record. */
import type { EntityRecord, Links, OrgKind, PlaceKind } from '../data/types';
import { latinSkeleton } from '../text/translit';
import type { CustomRow } from './schema';

/** A validated custom entity as stored (flat, like a file row, so editing and import share one schema). */
export type CustomEntity = Omit<CustomRow, 'id' | 'aliases'> & {
  /** Unique among the user's entities; the record id is `user:<id>`. */
  id: string;
  aliases: string[];
  /** Date it was imported or last edited (YYYY-MM-DD): the "as of" of its facts. */
  added: string;
};

/** Record ids of custom entities start with this, so they can never collide with bundled ones. */
export const CUSTOM_ID_PREFIX = 'user:';

/** Whether an entity id belongs to the user's own entities. */
export function isCustomId(id: string): boolean {
  return id.startsWith(CUSTOM_ID_PREFIX);
}

/** A readable id from the type and name («Айдар Бекмуханов» → `per-aydar-bekmukhanov`). */
export function slugFor(row: Pick<CustomRow, 'type' | 'name_ru' | 'name_en'>): string {
  const base = (row.name_en ?? latinSkeleton((row.name_ru ?? '').toLowerCase()))
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${row.type.toLowerCase()}-${base || 'entity'}`;
}

/** The dataset record for a custom entity; card, search and recognizer treat it like any other. */
export function toEntityRecord(e: CustomEntity): EntityRecord {
  const ru = e.name_ru ?? e.name_en ?? '';
  const en = e.name_en ?? ru;
  const id = CUSTOM_ID_PREFIX + e.id;
  const common = { id, name: { ru, en }, ...(e.aliases.length ? { aliases: e.aliases } : {}), ...links(e) };
  const source = e.source ?? '';
  switch (e.type) {
    case 'PER': {
      const title = e.role_ru || e.role_en ? { ru: e.role_ru ?? e.role_en ?? '', en: e.role_en ?? e.role_ru ?? '' } : null;
      return {
        ...common,
        type: 'PER',
        gender: e.gender ?? 'm',
        country: e.country ?? '',
        roles: title ? [{ title, kind: 'other', country: e.country, asOf: e.added, source }] : [],
      };
    }
    case 'LOC':
      return {
        ...common,
        type: 'LOC',
        kind: (e.kind as PlaceKind | undefined) ?? 'city',
        country: e.country ?? '',
        ...(e.lat !== undefined && e.lon !== undefined ? { lat: e.lat, lon: e.lon } : {}),
        ...(e.population !== undefined ? { population: e.population } : {}),
      };
    case 'ORG':
      return {
        ...common,
        type: 'ORG',
        kind: (e.kind as OrgKind | undefined) ?? 'other',
        ...(e.country ? { country: e.country } : {}),
        ...(e.short ? { short: { ru: e.short } } : {}),
        asOf: e.added,
        source,
      };
  }
}

function links(e: CustomEntity): { links?: Links } {
  const out: Links = {};
  if (e.wiki_ru) out.wikiRu = e.wiki_ru;
  if (e.wiki_en) out.wikiEn = e.wiki_en;
  if (e.website) out.website = e.website;
  return Object.keys(out).length ? { links: out } : {};
}

/** The form's field values for an entity (aliases joined as in a CSV cell). */
export function formValues(e: CustomEntity): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(e)) {
    if (key === 'added' || value === undefined) continue;
    out[key] = Array.isArray(value) ? value.join(' | ') : String(value);
  }
  return out;
}
