/**
 * The article's entities, grouped by type and sorted by salience. Clicking one scrolls the page to
 * its next mention and flashes it (the content script cycles through mentions on repeated clicks).
 */
import { useState } from 'preact/hooks';
import type { EntityType } from '@/lib/data/types';
import type { PageEntity } from '@/lib/messaging/protocol';
import { groupEntities } from '@/lib/panel/group';
import { t } from './i18n';

interface EntityGroupsProps {
  entities: readonly PageEntity[];
  hidden: ReadonlySet<EntityType>;
  /** Jumps to the entity's next mention; resolves with its 0-based index and the total, or null. */
  onJump(key: string): Promise<{ index: number; count: number } | null>;
}

export function EntityGroups({ entities, hidden, onJump }: EntityGroupsProps) {
  const [positions, setPositions] = useState<Record<string, string>>({});
  const groups = groupEntities(entities, hidden);
  if (!entities.length) return <p class="state" data-testid="panel-empty">{t('panel_no_entities')}</p>;

  const jump = async (key: string) => {
    const at = await onJump(key);
    setPositions((prev) => ({ ...prev, [key]: at ? t('panel_jump_position', at.index + 1, at.count) : t('panel_jump_failed') }));
  };

  return (
    <div class="groups">
      {groups.map((group) => (
        <section key={group.type} class="group" data-testid={`group-${group.type}`}>
          <h2 class="section-title">
            {t(`panel_type_plural_${group.type}`)} <span class="muted">{group.entities.length}</span>
          </h2>
          <ul class="group__list">
            {group.entities.map((e) => (
              <li key={e.key}>
                <button
                  type="button"
                  class={`entry entry--${e.type}`}
                  data-testid="panel-entity"
                  data-entity-key={e.key}
                  data-entity-type={e.type}
                  title={t('panel_jump_hint')}
                  onClick={() => void jump(e.key)}
                >
                  <span class="entry__name">{e.name}</span>{' '}
                  <span class="entry__count" data-testid="entity-count" aria-label={t('panel_mentions', e.count)}>
                    ×{e.count}
                  </span>
                  {e.roles.length > 0 && <span class="entry__roles">{e.roles.join('; ')}</span>}
                  {!e.entityId && <span class="entry__unknown">{t('panel_not_in_dataset')}</span>}
                </button>
                {positions[e.key] && (
                  <span class="entry__position muted" role="status">
                    {positions[e.key]}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
