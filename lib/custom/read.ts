/**
 * Turns the text of an import file into raw objects keyed by field name, each with the row number
 * the user will look for: the spreadsheet row for CSV (header = row 1), the 1-based item for JSON.
 */
import { parseCsv } from './csv';
import { fieldOf, LIMITS, type CustomField } from './fields';
import type { ImportProblem } from './problems';

export type ImportFormat = 'csv' | 'json';

export interface RawRow {
  row: number;
  values: Partial<Record<CustomField, unknown>>;
}

export type ReadResult = { ok: true; rows: RawRow[] } | { ok: false; problems: ImportProblem[] };

/** The format of a chosen file: by its extension, else by its first character. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.(csv|txt)$/i.test(fileName)) return 'csv';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Reads the rows of a file. Problems here are about the file's structure, not its values. */
export function readRows(text: string, format: ImportFormat): ReadResult {
  if (text.length > LIMITS.fileChars) return fail(0, 'too_large');
  if (text.replace(/^\uFEFF/, '').trim() === '') return fail(0, 'empty_file');
  return format === 'csv' ? readCsv(text) : readJson(text);
}

function fail(row: number, code: ImportProblem['code'], field?: string): ReadResult {
  return { ok: false, problems: [field ? { row, code, field } : { row, code }] };
}

function readCsv(text: string): ReadResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail(parsed.row, parsed.code);
  const [header, ...body] = parsed.rows;
  if (!header) return fail(0, 'empty_file');
  const problems: ImportProblem[] = [];
  const columns: CustomField[] = [];
  header.fields.forEach((cell) => {
    const field = fieldOf(cell);
    if (!field) problems.push({ row: 1, code: 'unknown_column', field: cell.trim() });
    else if (columns.includes(field)) problems.push({ row: 1, code: 'duplicate_column', field });
    else columns.push(field);
  });
  if (!columns.includes('type')) problems.push({ row: 1, code: 'missing_column', field: 'type' });
  if (!columns.includes('name_ru') && !columns.includes('name_en')) problems.push({ row: 1, code: 'missing_column', field: 'name_ru' });
  if (problems.length) return { ok: false, problems };
  const rows: RawRow[] = [];
  for (const { row, fields } of body) {
    // Blank lines (often at the end of a hand-edited file) are not entities.
    if (fields.every((f) => f.trim() === '')) continue;
    if (fields.length > columns.length && fields.slice(columns.length).some((f) => f.trim() !== '')) {
      problems.push({ row, code: 'extra_cells' });
      continue;
    }
    const values: RawRow['values'] = {};
    columns.forEach((field, i) => (values[field] = fields[i] ?? ''));
    rows.push({ row, values });
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

function readJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(0, 'json_syntax');
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.entities) ? data.entities : null;
  if (!list) return fail(0, 'json_shape');
  const problems: ImportProblem[] = [];
  const rows: RawRow[] = [];
  list.forEach((item: unknown, index: number) => {
    const row = index + 1;
    if (!isObject(item)) return problems.push({ row, code: 'not_an_object' });
    const values: RawRow['values'] = {};
    for (const [key, value] of Object.entries(item)) {
      const field = fieldOf(key);
      if (field) values[field] = value;
      else problems.push({ row, code: 'unknown_field', field: key });
    }
    rows.push({ row, values });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
