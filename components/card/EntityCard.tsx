import type { ComponentChildren } from 'preact';
import './card.css';
import { useMemo } from 'preact/hooks';
import type { EntityView } from '@/lib/data/views';
import type { Mention } from '@/lib/match/types';
import { translator, type UiLang } from '@/lib/card/i18n';
import { formatPartialDate } from '@/lib/card/format';
import { articleForm, copyableName, countryRef, nameIn } from '@/lib/card/model';
import { ORG_KIND_LABEL, PLACE_KIND_LABEL, TYPE_LABEL } from '@/lib/card/labels';
import { Flag } from '@/components/shared/Flag';
import { CardEnvContext, type CardEnv } from './env';
import { InArticle } from './InArticle';
import { PersonBody } from './PersonBody';
import { PlaceBody } from './PlaceBody';
import { OrgBody } from './OrgBody';
import { Related, type RelatedArticle } from './Related';
import { OutLinks } from './OutLinks';
import { CardActions, type CardActionHandlers } from './CardActions';

export interface EntityCardProps extends CardActionHandlers {
  /** The entity, or null for a name the dataset does not know (then `mention` is required). */
  view: EntityView | null;
  /** The mention the card was opened from: the form and role used in the article, candidates. */
  mention?: Mention;
  lang: UiLang;
  /** Open another entity's card (a linked capital, head of state, organization…). */
  onOpenEntity: (id: string) => void;
  /** The country's own view, for the country facts on region and city cards. */
  countryView?: EntityView | null;
  relatedArticles?: readonly RelatedArticle[];
  /** How many times the name occurs in the article. */
  mentionCount?: number;
  /** Id for the name heading, so a surrounding dialog can point `aria-labelledby` at it. */
  titleId?: string;
  /** Controls placed in the header (back, pin, close), supplied by the host. */
  toolbar?: ComponentChildren;
  /** Extra footer content (keyboard help in the hover card). */
  footer?: ComponentChildren;
}

/**
 * The full card for one entity: person, place or organization (or an unknown name). Free of the
 * content script and of extension APIs, so the popup and side panel render the same card; hosts
 * pass callbacks. Styles: `./card.css`, imported here, so any bundle that renders the card gets
 * them (all classes are `kx-`-prefixed).
 */
export function EntityCard(props: EntityCardProps) {
  const { view, mention, lang, onOpenEntity } = props;
  const env = useMemo<CardEnv>(
    () => ({ lang, t: translator(lang), openEntity: onOpenEntity, refs: view?.refs ?? {} }),
    [lang, onOpenEntity, view],
  );
  const { t } = env;
  const record = view?.record ?? null;
  const name = record ? nameIn(record.name, lang) : (mention?.name ?? '');
  const written = articleForm(mention, name);
  const kind = !record
    ? t(TYPE_LABEL[mention?.type ?? 'PER'])
    : record.type === 'LOC'
      ? t(PLACE_KIND_LABEL[record.kind])
      : record.type === 'ORG'
        ? t(ORG_KIND_LABEL[record.kind])
        : t(TYPE_LABEL.PER);
  const flag = record?.type === 'LOC' && record.kind === 'country' ? record.country_facts?.flag : view ? countryRef(view)?.flag : undefined;
  return (
    <CardEnvContext.Provider value={env}>
      <article class="kx-card" data-testid="entity-card" data-entity={record?.id ?? ''} data-type={record?.type ?? mention?.type}>
        <header class="kx-card__header">
          <div class="kx-card__kind">
            <Flag emoji={flag} />
            <span>{kind}</span>
            {!record && <span class="kx-badge">{t('card_not_in_dataset')}</span>}
            {view?.origin === 'user' && (
              <span class="kx-badge" data-testid="card-yours">
                {t('card_yours')}
              </span>
            )}
          </div>
          {props.toolbar && <div class="kx-card__toolbar">{props.toolbar}</div>}
          <h2 class="kx-card__name" id={props.titleId} tabIndex={-1}>
            {name}
          </h2>
          {record?.type === 'ORG' && record.name.en !== name && <p class="kx-muted kx-card__alt">{record.name.en}</p>}
          {written && (
            <p class="kx-muted kx-card__written">
              {t('card_written_as')}: «{written}»
            </p>
          )}
        </header>
        <div class="kx-card__body">
          <InArticle mention={mention} mentionCount={props.mentionCount} t={t} />
          {view && record?.type === 'PER' && <PersonBody record={record} view={view} />}
          {view && record?.type === 'LOC' && <PlaceBody record={record} view={view} countryView={props.countryView} />}
          {view && record?.type === 'ORG' && <OrgBody record={record} view={view} />}
          <Related articles={props.relatedArticles ?? []} />
          <OutLinks links={record?.links} searchName={record ? undefined : name} />
          <CardActions
            name={copyableName(record, mention, lang)}
            mention={mention}
            onChooseCandidate={props.onChooseCandidate}
            onHideName={props.onHideName}
            onCopy={props.onCopy}
          />
        </div>
        <footer class="kx-card__footer">
          {record?.type === 'ORG' && (
            <p>
              {t('card_as_of', formatPartialDate(record.asOf, lang))} · {t('card_source', record.source)}
            </p>
          )}
          {view && <p>{t('card_dataset', view.datasetVersion)}</p>}
          {props.footer}
        </footer>
      </article>
    </CardEnvContext.Provider>
  );
}
