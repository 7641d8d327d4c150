/** Export of the article's entities as JSON, CSV or Markdown, downloaded as a file. */
import { buildExport, type ExportFormat } from '@/lib/export';
import type { ExportSource } from '@/lib/export/rows';
import type { MarkdownLabels } from '@/lib/export/markdown';
import { t } from './i18n';

const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'csv', label: 'CSV' },
  { format: 'md', label: 'Markdown' },
];

/** Column names in the UI language (the data itself stays as the page wrote it). */
function markdownLabels(): MarkdownLabels {
  return {
    type: t('panel_col_type'),
    name: t('panel_col_name'),
    id: t('panel_col_id'),
    mentions: t('panel_col_mentions'),
    roles: t('panel_col_roles'),
    published: t('panel_col_published'),
    source: t('panel_col_source'),
    types: { PER: t('panel_type_PER'), LOC: t('panel_type_LOC'), ORG: t('panel_type_ORG') },
  };
}

/** Saves text as a file through a temporary Blob URL and a `download` link (no downloads permission). */
function download(name: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click is handled; free the memory soon after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportBar({ source }: { source: ExportSource }) {
  const save = (format: ExportFormat) => {
    const file = buildExport(source, format, markdownLabels());
    download(file.name, file.mime, file.text);
  };
  return (
    <section class="export">
      <h2 class="section-title">{t('panel_export')}</h2>
      <div class="export__buttons">
        {FORMATS.map(({ format, label }) => (
          <button key={format} type="button" class="button" data-testid={`export-${format}`} disabled={!source.entities.length} onClick={() => save(format)}>
            {label}
          </button>
        ))}
      </div>
    </section>
  );
}
