/**
 * CSV per RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote, CR or
 * LF, quotes doubled. Every row repeats the article columns so each row stands alone in a spreadsheet.
 */
import { exportRows, type ExportSource } from './rows';

export const CSV_HEADER = ['article_url', 'article_title', 'article_published', 'type', 'name', 'entity_id', 'mentions', 'roles'] as const;

/** Roles of one person are joined with this inside one cell (a comma would read as "one role"). */
export const ROLE_SEPARATOR = '; ';

/**
 * Quotes one field. Text starting with = + - @ (or a tab/CR) is prefixed with an apostrophe first:
 * page text is untrusted, and spreadsheets would otherwise run it as a formula (CSV injection).
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The article's entities as CSV text. */
export function toCsv(source: ExportSource): string {
  const lines = [CSV_HEADER.join(',')];
  for (const row of exportRows(source.entities)) {
    const fields = [source.url, source.title, source.published ?? '', row.type, row.name, row.entityId ?? '', row.mentions, row.roles.join(ROLE_SEPARATOR)];
    lines.push(fields.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
