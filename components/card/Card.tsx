import type { EntityView } from '@/lib/data/views';
import type { Mention } from '@/lib/match/types';

const TYPE_LABEL = { PER: 'Person', LOC: 'Place', ORG: 'Organization' } as const;

/** Entity card (minimal first version). */
export function Card({ mention, view }: { mention: Mention; view: EntityView | null }) {
  const name = view ? view.record.name.ru : mention.name;
  return (
    <div class="card" data-testid="card" role="dialog" aria-label={name}>
      <div class="card__name">{name}</div>
      <div class="card__type">{TYPE_LABEL[mention.type]}</div>
      {mention.role && <div class="card__role">{mention.role}</div>}
    </div>
  );
}
