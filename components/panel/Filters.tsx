/** Per-type toggles: hide people, places or organizations in the list and on the page. */
import type { EntityType } from '@/lib/data/types';
import { TYPE_ORDER } from '@/lib/panel/group';
import { t } from './i18n';

export function Filters({ hidden, onToggle }: { hidden: ReadonlySet<EntityType>; onToggle(type: EntityType): void }) {
  return (
    <div class="filters" role="group" aria-label={t('panel_filters')}>
      {TYPE_ORDER.map((type) => (
        <button
          key={type}
          type="button"
          class={`chip chip--${type}`}
          data-testid={`filter-${type}`}
          aria-pressed={!hidden.has(type)}
          onClick={() => onToggle(type)}
        >
          {t(`panel_type_plural_${type}`)}
        </button>
      ))}
    </div>
  );
}
