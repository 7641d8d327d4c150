/** Add or edit one of the user's own entities; validated by the same schema as an imported row. */
import { useState } from 'preact/hooks';
import type { EntityType } from '@/lib/data/types';
import { FIELD_TYPES, ORG_KINDS, PLACE_KINDS, type CustomField } from '@/lib/custom/fields';
import type { ImportProblem } from '@/lib/custom/problems';
import { ProblemList } from './ProblemList';
import { useT } from './i18n';

/** Fields the form shows, in order; lat/lon, population and wiki titles come from files only, kept on edit. */
const SHOWN: readonly CustomField[] = ['name_ru', 'name_en', 'aliases', 'country', 'gender', 'kind', 'role_ru', 'role_en', 'short', 'source', 'website'];

interface Props {
  initial: Record<string, string>;
  editing: boolean;
  onSave(values: Record<string, string>): Promise<ImportProblem[] | null>;
  onCancel(): void;
}

const applies = (field: CustomField, type: EntityType) => FIELD_TYPES[field]?.includes(type) ?? true;

export function CustomForm({ initial, editing, onSave, onCancel }: Props) {
  const { t } = useT();
  const [values, setValues] = useState<Record<string, string>>({ type: 'PER', ...initial });
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const type = (values.type ?? 'PER') as EntityType;
  const set = (field: string, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    // Fields of another type (left over after switching type) would be rejected; they no longer apply.
    const kept = Object.fromEntries(Object.entries(values).filter(([k]) => applies(k as CustomField, type)));
    setProblems((await onSave(kept)) ?? []);
  };

  return (
    <form class="custom-form" data-testid="custom-form" onSubmit={submit}>
      <h3>{t(editing ? 'options_custom_form_title_edit' : 'options_custom_form_title_new')}</h3>
      <label class="field">
        <span>{t('options_field_type')}</span>
        <select data-testid="field-type" value={type} onChange={(e) => set('type', e.currentTarget.value)}>
          {(['PER', 'LOC', 'ORG'] as const).map((ty) => (
            <option key={ty} value={ty}>
              {t(`options_type_${ty}`)}
            </option>
          ))}
        </select>
      </label>
      {SHOWN.filter((f) => applies(f, type)).map((field) => (
        <label class="field" key={field}>
          <span>{t(`options_field_${field}`)}</span>
          {field === 'gender' || field === 'kind' ? (
            <select data-testid={`field-${field}`} value={values[field] ?? ''} onChange={(e) => set(field, e.currentTarget.value)}>
              <option value="">—</option>
              {(field === 'gender' ? ['m', 'f'] : type === 'LOC' ? PLACE_KINDS : ORG_KINDS).map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          ) : (
            <input type="text" data-testid={`field-${field}`} value={values[field] ?? ''} onInput={(e) => set(field, e.currentTarget.value)} />
          )}
        </label>
      ))}
      {problems.length > 0 && <ProblemList problems={problems} title={t('options_custom_error', '')} />}
      <div class="row">
        <button type="submit" data-testid="custom-save">
          {t('options_custom_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('options_cancel')}
        </button>
      </div>
    </form>
  );
}
