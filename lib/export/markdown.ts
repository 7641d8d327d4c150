/**
 * A Markdown summary: title, link and date, then one table of entities. Table cells escape the pipe
 * (it would end the cell) and fold line breaks (they would end the row); backslashes are escaped
 * first so an escape in the data cannot swallow ours.
 */
import type { EntityType } from '../data/types';
import { exportRows, type ExportSource } from './rows';

export interface MarkdownLabels {
  type: string;
  name: string;
  id: string;
  mentions: string;
  roles: string;
  published: string;
  source: string;
  types: Record<EntityType, string>;
}

export const ENGLISH_LABELS: MarkdownLabels = {
  type: 'Type',
  name: 'Name',
  id: 'ID',
  mentions: 'Mentions',
  roles: 'Roles',
  published: 'Published',
  source: 'Source',
  types: { PER: 'Person', LOC: 'Place', ORG: 'Organization' },
};

/** Makes text safe inside one GFM table cell. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, ' ')
    .trim();
}

/** Makes text safe as a one-line heading or paragraph (no line breaks, no leading markup). */
function markdownLine(text: string): string {
  return text.replace(/\s*(\r\n|\r|\n)\s*/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1').trim();
}

/** The article's entities as a Markdown document. */
export function toMarkdown(source: ExportSource, labels: MarkdownLabels = ENGLISH_LABELS): string {
  const lines = [`# ${markdownLine(source.title) || markdownLine(source.url)}`, ''];
  lines.push(`${labels.source}: <${encodeURI(decodeSafely(source.url))}>`);
  if (source.published) lines.push(`${labels.published}: ${markdownLine(source.published)}`);
  lines.push('', `| ${labels.type} | ${labels.name} | ${labels.id} | ${labels.mentions} | ${labels.roles} |`, '| --- | --- | --- | ---: | --- |');
  for (const row of exportRows(source.entities)) {
    const cells = [labels.types[row.type], row.name, row.entityId ?? '', String(row.mentions), row.roles.join('; ')];
    lines.push(`| ${cells.map(markdownCell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** URLs arrive percent-encoded already; decode once so `encodeURI` does not double-encode. */
function decodeSafely(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
