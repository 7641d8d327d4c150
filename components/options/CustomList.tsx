/** The user's own entities, each with edit and delete. */
import type { CustomEntity } from '@/lib/custom/entity';
import { useT } from './i18n';

interface Props {
  entities: readonly CustomEntity[];
  onEdit(entity: CustomEntity): void;
  onDelete(ids: string[]): void;
}

export function CustomList({ entities, onEdit, onDelete }: Props) {
  const { t, lang } = useT();
  const nameOf = (e: CustomEntity) => (lang === 'ru' ? (e.name_ru ?? e.name_en) : (e.name_en ?? e.name_ru)) ?? e.id;
  if (entities.length === 0) return <p class="hint" data-testid="custom-empty">{t('options_custom_empty')}</p>;
  return (
    <ul class="list" data-testid="custom-list" aria-label={t('options_custom_count', entities.length)}>
      {entities.map((e) => (
        <li class="list__item" key={e.id} data-testid="custom-item" data-id={e.id}>
          <span class="list__main">
            <span class={`swatch swatch--${e.type}`} aria-hidden="true" />
            <span class="list__name">{nameOf(e)}</span>
            <span class="hint">
              {' '}
              {t(`options_type_${e.type}`)}
              {e.country ? ` · ${e.country}` : ''}
              {e.role_ru || e.role_en ? ` · ${(lang === 'ru' ? (e.role_ru ?? e.role_en) : (e.role_en ?? e.role_ru)) ?? ''}` : ''}
            </span>
          </span>
          <button type="button" class="link-button" data-testid="custom-edit" aria-label={t('options_custom_edit', nameOf(e))} onClick={() => onEdit(e)}>
            ✎
          </button>
          <button type="button" class="link-button" data-testid="custom-delete" aria-label={t('options_custom_delete', nameOf(e))} onClick={() => onDelete([e.id])}>
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}
