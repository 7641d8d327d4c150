import type { EntityRef } from '@/lib/data/views';
import type { UiLang } from '@/lib/card/i18n';
import { nameIn } from '@/lib/card/model';
import { Flag } from './Flag';

/**
 * A reference to another entity, as a button that asks the host to open that entity's card
 * (the hover card swaps its content; the side panel may navigate). Never a page navigation.
 * Only countries carry a flag: on a city or a person it would repeat the country's.
 */
export function EntityLink({ entity, lang, onOpen, flag = true }: { entity: EntityRef; lang: UiLang; onOpen: (id: string) => void; flag?: boolean }) {
  return (
    <button type="button" class="kx-entity-link" data-entity={entity.id} onClick={() => onOpen(entity.id)}>
      {flag && entity.kind === 'country' && <Flag emoji={entity.flag} />}
      {nameIn(entity.name, lang)}
    </button>
  );
}
