/**
 * The export formats the side panel offers, each a pure formatter plus the file details a download
 * needs.
 */
import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown, type MarkdownLabels } from './markdown';
import type { ExportSource } from './rows';

export type ExportFormat = 'json' | 'csv' | 'md';

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

const MIME: Record<ExportFormat, string> = {
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};

/** Renders an article in one format, with a file name built from its date and title. */
export function buildExport(source: ExportSource, format: ExportFormat, labels?: MarkdownLabels): ExportFile {
  const text = format === 'json' ? toJson(source) : format === 'csv' ? toCsv(source) : toMarkdown(source, labels);
  return { name: `${exportBaseName(source)}.${format}`, mime: MIME[format], text };
}

/** `kontext-2026-02-13-posol-kazakhstana…`: safe on every file system, whole words, under 80 characters. */
export function exportBaseName(source: Pick<ExportSource, 'title' | 'published' | 'url'>): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(source.published ?? '')?.[0];
  const slug = (source.title || hostOf(source.url))
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return ['kontext', date, cutAtWord(slug, SLUG_MAX)].filter(Boolean).join('-');
}

const SLUG_MAX = 60;

function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return end > 0 ? cut.slice(0, end) : slug.slice(0, max);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export { toCsv, toJson, toMarkdown };
export type { ExportSource };
