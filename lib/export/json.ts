import { exportRows, type ExportSource } from './rows';

/** The article and its entities as pretty-printed JSON (stable key order, newline at the end). */
export function toJson(source: ExportSource): string {
  const doc = {
    article: { url: source.url, title: source.title, published: source.published ?? null },
    entities: exportRows(source.entities),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
