/**
 * A small RFC 4180 CSV reader: quoted fields with doubled quotes, commas and line breaks inside
 * quotes, CRLF or LF line ends, a leading byte-order mark. Hand-written because it is ~60 lines and
 * we need exact row numbers for error messages, which general-purpose parsers do not all report.
 */

export interface CsvRow {
  /** Spreadsheet row number: the header is row 1, a quoted line break does not start a new row. */
  row: number;
  fields: string[];
}

export type CsvResult =
  | { ok: true; rows: CsvRow[] }
  | { ok: false; row: number; code: 'csv_unclosed_quote' | 'csv_stray_quote' };

const BOM = '\uFEFF';

/** Parses CSV text into rows of fields. Fails on the first quoting error, with its row. */
export function parseCsv(input: string): CsvResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let row = 1;
  let i = 0;
  // A field that starts with a quote is read up to its closing quote; anything else up to a comma
  // or line end. `quotedDone` marks that the closing quote was seen (only a separator may follow).
  let quotedDone = false;
  const endRow = () => {
    fields.push(field);
    rows.push({ row, fields });
    fields = [];
    field = '';
    quotedDone = false;
    row++;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '' && !quotedDone) {
      const close = readQuoted(text, i + 1);
      if (close === null) return { ok: false, row, code: 'csv_unclosed_quote' };
      field = close.value;
      i = close.next;
      quotedDone = true;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      quotedDone = false;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else if (quotedDone || ch === '"') {
      return { ok: false, row, code: 'csv_stray_quote' };
    } else {
      field += ch;
      i++;
    }
  }
  // A final line without a line break still counts; a trailing line break adds no empty row.
  if (field !== '' || fields.length > 0 || quotedDone) endRow();
  return { ok: true, rows };
}

/** Reads a quoted field body starting after the opening quote; `""` is a literal quote. */
function readQuoted(text: string, from: number): { value: string; next: number } | null {
  let value = '';
  let i = from;
  while (i < text.length) {
    const q = text.indexOf('"', i);
    if (q < 0) return null;
    value += text.slice(i, q);
    if (text[q + 1] === '"') {
      value += '"';
      i = q + 2;
    } else {
      return { value: value.replace(/\r\n/g, '\n'), next: q + 1 };
    }
  }
  return null;
}

/** Quotes a field for writing when it needs it (export and the template use this). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
