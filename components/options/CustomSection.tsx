/**
 * The user's own entities: import a CSV/JSON file (all or nothing, problems listed by row),
 * download a template, add, edit and delete. Writes go through the background, which re-indexes.
 */
import { useState } from 'preact/hooks';
import { formValues, type CustomEntity } from '@/lib/custom/entity';
import type { ImportProblem } from '@/lib/custom/problems';
import { detectFormat } from '@/lib/custom/read';
import { sendRequest } from '@/lib/messaging/send';
import { toBackground } from './bg';
import { CustomForm } from './CustomForm';
import { CustomList } from './CustomList';
import { ProblemList } from './ProblemList';
import { useT } from './i18n';

type Outcome = { kind: 'imported'; added: number; updated: number } | { kind: 'rejected'; problems: ImportProblem[] } | { kind: 'error'; message: string } | null;
type Editing = { initial: Record<string, string>; replaceId?: string } | null;

export function CustomSection({ entities }: { entities: readonly CustomEntity[] }) {
  const { t } = useT();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmAll, setConfirmAll] = useState(false);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again after fixing it must fire `change` again
    if (!file) return;
    try {
      const text = await file.text();
      const reply = await sendRequest(toBackground, { type: 'ui→bg:custom-import', text, format: detectFormat(file.name, text) });
      setOutcome(reply.ok ? { kind: 'imported', added: reply.added ?? 0, updated: reply.updated ?? 0 } : { kind: 'rejected', problems: reply.problems });
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const save = async (values: Record<string, string>): Promise<ImportProblem[] | null> => {
    const reply = await sendRequest(toBackground, { type: 'ui→bg:custom-save', values, replaceId: editing?.replaceId });
    if (!reply.ok) return reply.problems;
    setEditing(null);
    return null;
  };

  const remove = (ids: string[]) => void sendRequest(toBackground, { type: 'ui→bg:custom-delete', ids }).then(() => setConfirmAll(false));

  return (
    <section class="section" aria-labelledby="custom-title" data-testid="custom-section">
      <h2 id="custom-title">{t('options_section_custom')}</h2>
      <p class="hint">{t('options_custom_hint')}</p>
      <div class="row">
        <label class="button">
          {t('options_custom_import')}
          <input
            type="file"
            class="visually-hidden"
            accept=".csv,.json,text/csv,application/json"
            data-testid="custom-file"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        <a href="/templates/custom-entities.csv" download data-testid="template-csv">
          {t('options_custom_template_csv')}
        </a>
        <a href="/templates/custom-entities.json" download data-testid="template-json">
          {t('options_custom_template_json')}
        </a>
      </div>
      {outcome?.kind === 'imported' && (
        <p class="ok" role="status" data-testid="import-ok">
          {t('options_custom_imported', outcome.added, outcome.updated)}
        </p>
      )}
      {outcome?.kind === 'rejected' && <ProblemList problems={outcome.problems} title={t('options_custom_rejected')} />}
      {outcome?.kind === 'error' && <p class="error" role="alert">{t('options_custom_error', outcome.message)}</p>}
      <CustomList entities={entities} onEdit={(e) => setEditing({ initial: formValues(e), replaceId: e.id })} onDelete={remove} />
      {editing ? (
        <CustomForm key={editing.replaceId ?? 'new'} initial={editing.initial} editing={editing.replaceId !== undefined} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <div class="row">
          <button type="button" data-testid="custom-add" onClick={() => setEditing({ initial: {} })}>
            {t('options_custom_add')}
          </button>
          {entities.length > 1 && !confirmAll && (
            <button type="button" onClick={() => setConfirmAll(true)}>
              {t('options_custom_delete_all')}
            </button>
          )}
          {confirmAll && (
            <>
              <span>{t('options_custom_delete_all_confirm', entities.length)}</span>
              <button type="button" class="danger" onClick={() => remove(entities.map((e) => e.id))}>
                {t('options_custom_delete_all')}
              </button>
              <button type="button" onClick={() => setConfirmAll(false)}>
                {t('options_cancel')}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
