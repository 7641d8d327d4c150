/** The list of search hits, with its searching, failed and nothing-found states. */
import type { SearchHit } from '@/lib/data/views';
import { pickText, type UiLang } from '@/lib/panel/names';
import { t } from '../panel/i18n';
import type { SearchStatus } from './useSearch';

interface ResultsProps {
  id: string;
  hits: SearchHit[];
  active: number;
  lang: UiLang;
  status: SearchStatus;
  query: string;
  onChoose(hit: SearchHit): void;
  onHover(index: number): void;
}

export function Results({ id, hits, active, lang, status, query, onChoose, onHover }: ResultsProps) {
  if (status === 'error') return <p class="state state--error" data-testid="search-error" role="status">{t('popup_search_error')}</p>;
  if (!hits.length) {
    if (status === 'searching') return <p class="state" role="status">{t('popup_searching')}</p>;
    return <p class="state" data-testid="search-empty" role="status">{t('popup_no_results', query)}</p>;
  }
  return (
    <ul class="results" id={id} role="listbox" aria-label={t('popup_results_label')}>
      {hits.map((hit, index) => (
        <li
          key={hit.id}
          id={`${id}-${index}`}
          class={index === active ? 'result result--active' : 'result'}
          role="option"
          aria-selected={index === active}
          data-testid="search-result"
          data-entity-id={hit.id}
          data-entity-type={hit.type}
          onMouseDown={(event) => event.preventDefault() /* keep focus in the box */}
          onClick={() => onChoose(hit)}
          onMouseEnter={() => onHover(index)}
        >
          <span class="flag" aria-hidden="true">{hit.flag ?? ''}</span>
          <span class="result__text">
            <span class="result__name">
              {pickText(hit.name, lang)}
              {hit.origin === 'user' && <span class="badge" data-testid="badge-yours">{t('popup_yours')}</span>}
            </span>
            <span class="result__subtitle">{pickText(hit.subtitle, lang)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
