/**
 * The search box shared by the popup and the side panel: results as the user types (arrows and
 * Enter to choose), recent lookups when the box is empty, the chosen entity's card below.
 */
import { useEffect } from 'preact/hooks';
import type { Transport } from '@/lib/messaging/send';
import type { UiLang } from '@/lib/panel/names';
import { moveActive } from '@/lib/panel/search';
import { t } from '../panel/i18n';
import { CardBrowser } from '@/components/card';
import type { ViewLoader } from '../panel/views';
import { Results } from './Results';
import { RecentList } from './RecentList';
import { useRecent } from './useRecent';
import { useSearch } from './useSearch';

export interface SearchProps {
  send: Transport;
  lang: UiLang;
  /** Loads (cached) entity views for the card's links to other entities. */
  loadView: ViewLoader;
  autoFocus?: boolean;
  /** A query to look up now (the context menu's); a new object triggers a new lookup. */
  prefill?: { query: string } | null;
}

const LIST_ID = 'kontext-search-results';

export function Search({ send, lang, loadView, autoFocus, prefill }: SearchProps) {
  const recent = useRecent(send);
  const search = useSearch(send, recent.remember);
  const { query, hits, status, active, selected } = search;

  useEffect(() => {
    // Only a new prefill object should run a lookup, not a re-render.
    if (prefill?.query) void search.lookUp(prefill.query);
  }, [prefill]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit) void search.select(hit.id);
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape' && query) {
      search.setQuery(''); // first Escape clears; the next one closes the popup as usual
      event.preventDefault();
      return;
    }
    const next = moveActive(active, hits.length, event.key);
    if (next === null || selected) return;
    search.setActive(next);
    event.preventDefault();
  };

  const showResults = query.trim() !== '' && !selected;
  return (
    <div class="search">
      <input
        class="search__input"
        type="search"
        data-testid="search-input"
        aria-label={t('popup_search_label')}
        aria-controls={LIST_ID}
        aria-activedescendant={showResults && active >= 0 ? `${LIST_ID}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={t('popup_search_placeholder')}
        autoFocus={autoFocus}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => search.setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {showResults && (
        <Results
          id={LIST_ID}
          hits={hits}
          active={active}
          lang={lang}
          status={status}
          query={query.trim()}
          onChoose={(hit) => void search.select(hit.id)}
          onHover={search.setActive}
        />
      )}
      {selected && (
        <div class="card-host" data-testid="entity-details" data-entity-id={selected.record.id} aria-live="polite">
          <CardBrowser key={selected.record.id} view={selected} lang={lang} loadView={loadView} titleId="kontext-card-title" />
        </div>
      )}
      {!query.trim() && !selected && <RecentList views={recent.views} lang={lang} onChoose={(id) => void search.select(id)} />}
    </div>
  );
}
