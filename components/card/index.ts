/**
 * The entity card, for every surface. Extension pages (popup, side panel) import from here (the
 * card's CSS comes with it); the content script wraps the same card in `HoverCard`.
 *
 *   <EntityCard view={view} mention={mention} lang="ru" onOpenEntity={(id) => …} />
 *   <CardBrowser view={view} lang="en" loadView={(id) => …} titleId="card-title" />  // with back navigation
 */
export { EntityCard, type EntityCardProps } from './EntityCard';
export { CardBrowser, type CardBrowserProps, type LoadView } from './CardBrowser';
export { HoverCard, type HoverCardProps } from './HoverCard';
export type { RelatedArticle } from './Related';
export type { CardActionHandlers } from './CardActions';
export { pickUiLang, translator, type UiLang } from '@/lib/card/i18n';
