/**
 * The validation schema for one custom entity (a CSV row or a JSON object, already keyed by field
 * name). Every issue message is a `ProblemCode`, so the UI can explain it in the reader's language.
 */
import { z } from 'zod';
import { FIELD_TYPES, LIMITS, ORG_KINDS, PLACE_KINDS, type CustomField } from './fields';

/** Invisible and direction-changing characters: in a name they would hide or reorder text on the card. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;
const LETTER = /\p{L}/u;

const blank = (v: unknown): unknown => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v);
const lower = (v: unknown): unknown => (typeof v === 'string' ? v.trim().toLowerCase() : v);

// Line breaks and runs of spaces (common in spreadsheet cells) become one space: a name is one line.
const textOf = (max: number) =>
  z
    .string({ error: 'invalid_text' })
    .overwrite((s) => s.replace(/[\t\n\r ]+/g, ' '))
    .trim()
    .max(max, { error: 'too_long' })
    .refine((s) => !INVISIBLE.test(s), { error: 'invalid_text' });

const name = textOf(LIMITS.nameChars).refine((s) => LETTER.test(s), { error: 'invalid_text' });
const optionalText = (max: number) => z.preprocess(blank, textOf(max).optional());

const TYPE_WORDS: Record<string, 'PER' | 'LOC' | 'ORG'> = {
  per: 'PER', person: 'PER', loc: 'LOC', place: 'LOC', location: 'LOC', org: 'ORG', organization: 'ORG', organisation: 'ORG',
};
const GENDER_WORDS: Record<string, 'm' | 'f'> = { m: 'm', male: 'm', 'м': 'm', f: 'f', female: 'f', 'ж': 'f' };

/** A number from JSON, or from a CSV cell ("43.25" or "43,25"); anything else stays as is and fails. */
const toNumber = (v: unknown): unknown => {
  const b = blank(v);
  if (typeof b !== 'string') return b;
  const n = Number(b.trim().replace(',', '.').replace(/[\s_]/g, ''));
  return Number.isFinite(n) ? n : b;
};
const coordinate = (limit: number) =>
  z.preprocess(toNumber, z.number({ error: 'invalid_number' }).min(-limit, { error: 'out_of_range' }).max(limit, { error: 'out_of_range' }).optional());

/** A Wikipedia title, or a pasted article address reduced to its title. */
const wikiTitle = z.preprocess((v) => {
  const b = blank(v);
  if (typeof b !== 'string') return b;
  const m = /^https?:\/\/[a-z-]+\.(?:m\.)?wikipedia\.org\/wiki\/([^?#]+)/i.exec(b.trim());
  if (!m) return b;
  try {
    return decodeURIComponent(m[1]!).replace(/_/g, ' ');
  } catch {
    return b;
  }
}, textOf(LIMITS.nameChars).optional());

const website = z.preprocess(
  blank,
  textOf(LIMITS.textChars)
    // Only web addresses: a `javascript:` or `data:` link on a card would run in the page.
    .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(s), { error: 'invalid_url' })
    .optional(),
);

export const customRowSchema = z
  .object({
    id: z.preprocess(
      (v) => lower(blank(v)),
      z.string({ error: 'invalid_id' }).regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, { error: 'invalid_id' }).optional(),
    ),
    type: z.preprocess(
      (v) => (typeof v === 'string' ? (TYPE_WORDS[v.trim().toLowerCase()] ?? v) : blank(v)),
      z.enum(['PER', 'LOC', 'ORG'], { error: (issue) => (issue.input === undefined ? 'required' : 'invalid_type') }),
    ),
    name_ru: z.preprocess(blank, name.optional()),
    name_en: z.preprocess(blank, name.optional()),
    aliases: z.preprocess(
      (v) => (typeof v === 'string' ? v.split('|').map((a) => a.trim()).filter(Boolean) : blank(v)),
      z.array(name, { error: 'invalid_text' }).max(LIMITS.aliases, { error: 'too_many_aliases' }).optional(),
    ),
    country: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() || undefined : blank(v)),
      z.string({ error: 'invalid_country' }).regex(/^[A-Z]{2}$/, { error: 'invalid_country' }).optional(),
    ),
    gender: z.preprocess(
      (v) => (typeof v === 'string' ? (GENDER_WORDS[v.trim().toLowerCase()] ?? blank(v)) : blank(v)),
      z.enum(['m', 'f'], { error: 'invalid_choice' }).optional(),
    ),
    kind: z.preprocess((v) => lower(blank(v)), z.string({ error: 'invalid_choice' }).optional()),
    role_ru: optionalText(LIMITS.textChars),
    role_en: optionalText(LIMITS.textChars),
    short: optionalText(LIMITS.nameChars),
    source: optionalText(LIMITS.textChars),
    wiki_ru: wikiTitle,
    wiki_en: wikiTitle,
    website,
    lat: coordinate(90),
    lon: coordinate(180),
    population: z.preprocess(toNumber, z.number({ error: 'invalid_number' }).int({ error: 'invalid_number' }).min(0, { error: 'out_of_range' }).optional()),
  })
  .superRefine((row, ctx) => {
    const issue = (field: CustomField, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (!row.name_ru && !row.name_en) issue('name_ru', 'name_required');
    // Runs even when a field failed (so one pass reports every problem); without a valid type the
    // type-dependent rules below would only add noise.
    if (!['PER', 'LOC', 'ORG'].includes(row.type)) return;
    if ((row.type === 'PER' || row.type === 'LOC') && !row.country) issue('country', 'required');
    for (const [field, types] of Object.entries(FIELD_TYPES) as [CustomField, readonly string[]][]) {
      if (row[field] !== undefined && !types.includes(row.type)) issue(field, 'not_for_type');
    }
    if (row.kind !== undefined) {
      const kinds: readonly string[] = row.type === 'LOC' ? PLACE_KINDS : row.type === 'ORG' ? ORG_KINDS : [];
      if (kinds.length && !kinds.includes(row.kind)) issue('kind', 'invalid_choice');
    }
    if ((row.lat === undefined) !== (row.lon === undefined)) issue(row.lat === undefined ? 'lat' : 'lon', 'required');
  }, { when: () => true });

/** One validated row, before it gets its final id and date. */
export type CustomRow = z.output<typeof customRowSchema>;
