import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EntityView } from '@/lib/data/views';
import type { Mention } from '@/lib/match/types';
import { translator, type UiLang } from '@/lib/card/i18n';
import { countryId } from '@/lib/card/model';
import { IconButton } from '@/components/shared/IconButton';
import { EntityCard, type EntityCardProps } from './EntityCard';
import type { RelatedArticle } from './Related';

export type LoadView = (id: string) => Promise<EntityView | null>;

export interface CardBrowserProps extends Pick<EntityCardProps, 'onChooseCandidate' | 'onHideName' | 'onCopy' | 'footer' | 'mentionCount'> {
  /** The entity the card opened on; `view` null with a mention = a name not in the dataset. */
  view: EntityView | null;
  mention?: Mention;
  lang: UiLang;
  /** Fetches another entity's view (the host caches). */
  loadView: LoadView;
  relatedArticles?: (entityId: string | null) => readonly RelatedArticle[];
  titleId: string;
  /** Host controls (pin, close) shown after the back button. */
  toolbar?: ComponentChildren;
}

interface Entry {
  id: string | null;
  /** undefined while loading. */
  view: EntityView | null | undefined;
}

/**
 * An entity card with in-card navigation: links to other entities swap the content, and a back
 * button returns. Loads the country's view for region and city cards. Used by the hover card and
 * reusable by the popup and side panel.
 */
export function CardBrowser(props: CardBrowserProps) {
  const { lang, loadView } = props;
  const [stack, setStack] = useState<Entry[]>([{ id: props.view?.record.id ?? null, view: props.view }]);
  const [countryView, setCountryView] = useState<EntityView | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const navigated = useRef(false);
  const current = stack[stack.length - 1]!;
  const t = translator(lang);

  const open = useCallback(
    (id: string) => {
      navigated.current = true;
      setStack((s) => [...s, { id, view: undefined }]);
      loadView(id)
        .catch(() => null)
        .then((view) => setStack((s) => s.map((e, i) => (i === s.length - 1 && e.id === id && e.view === undefined ? { id, view } : e))));
    },
    [loadView],
  );
  const back = () => {
    navigated.current = true;
    setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  };

  // Region and city cards show their country's key facts, which live on the country's view.
  const record = current.view?.record;
  const wantCountry = record?.type === 'LOC' && record.kind !== 'country' ? countryId(record.country) : null;
  useEffect(() => {
    setCountryView(null);
    if (!wantCountry) return undefined;
    let live = true;
    loadView(wantCountry)
      .then((view) => live && setCountryView(view))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [wantCountry, loadView]);

  // After navigating, move focus to the new heading so screen readers announce the new card.
  useEffect(() => {
    if (!navigated.current || current.view === undefined) return;
    rootRef.current?.querySelector<HTMLElement>('.kx-card__name')?.focus();
  }, [current]);

  const toolbar = (
    <>
      {stack.length > 1 && <IconButton icon="back" label={t('card_back')} onClick={back} data-testid="card-back" />}
      {props.toolbar}
    </>
  );
  const isRoot = stack.length === 1;
  return (
    <div ref={rootRef} class="kx-browser">
      {current.view === undefined || (current.view === null && current.id !== null) ? (
        <div class="kx-card kx-card--status">
          <div class="kx-card__toolbar">{toolbar}</div>
          <h2 class="kx-card__name" id={props.titleId} tabIndex={-1}>
            {current.view === undefined ? t('card_loading') : t('card_unavailable')}
          </h2>
        </div>
      ) : (
        <EntityCard
          view={current.view}
          mention={isRoot ? props.mention : undefined}
          lang={lang}
          onOpenEntity={open}
          countryView={countryView}
          relatedArticles={props.relatedArticles?.(current.id) ?? []}
          mentionCount={isRoot ? props.mentionCount : undefined}
          titleId={props.titleId}
          toolbar={toolbar}
          footer={props.footer}
          onChooseCandidate={isRoot ? props.onChooseCandidate : undefined}
          onHideName={isRoot ? props.onHideName : undefined}
          onCopy={props.onCopy}
        />
      )}
    </div>
  );
}
