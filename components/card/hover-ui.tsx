/**
 * The hover card's rendering half, which the content script loads only when a reader first points
 * at (or focuses) a highlight: Preact, every card component, both languages' strings, related
 * articles and floating-ui live here, not in the script that runs on every page. Built as its own
 * ES module (entrypoints/card-ui.ts); the content script keeps the interaction logic and passes
 * plain data and callbacks in. Nothing here touches extension APIs: the host passes its transport.
 */
import { render } from 'preact';
import type { Ref } from 'preact';
import type { EntityView } from '@/lib/data/views';
import type { Candidate, Mention } from '@/lib/match/types';
import type { Via } from '@/lib/card/interaction';
import { pickUiLang, type UiLang } from '@/lib/card/i18n';
import type { Transport } from '@/lib/messaging/send';
import { createRelatedCache } from '@/components/related/related-cache';
import { followAnchor } from '@/components/shared/floating';
import { HoverCard } from './HoverCard';

/** Everything one drawing of the hover card needs, as plain data and callbacks. */
export interface HoverCardRequest {
  /** Changes when the card shows another interaction or entity (a fresh card, not an update). */
  key: string;
  view: EntityView | null;
  mention: Mention;
  mentionCount: number;
  /** `preferences.uiLanguage`; with the browser's language it picks the card language. */
  uiLanguage: 'auto' | UiLang;
  browserLanguage: string;
  loadView(id: string): Promise<EntityView | null>;
  pinned: boolean;
  onPin(pinned: boolean): void;
  onClose(returnFocus: boolean): void;
  onHold(via: Via, inside: boolean): void;
  onChooseCandidate(candidate: Candidate): void;
  onHideName(mention: Mention): void;
  dialogRef: Ref<HTMLDivElement>;
}

/** What the lazily loaded module gives the content script. */
export interface CardUi {
  /** Draws (or redraws) the card into `container`; redraws by itself when related articles arrive. */
  draw(container: HTMLElement, request: HoverCardRequest): void;
  /** Removes the card from `container`. */
  clear(container: HTMLElement): void;
  /** Keeps `floating` placed next to `anchor` while the page scrolls or resizes; returns the stop function. */
  follow(anchor: HTMLElement, floating: HTMLElement): () => void;
}

/** The module's one export: a card UI bound to the host's transport and page address. */
export type CreateCardUi = (send: Transport, pageUrl: () => string) => CardUi;

/** Creates the card UI (one per content-script session). */
export const createCardUi: CreateCardUi = (send, pageUrl) => {
  const related = createRelatedCache(send, pageUrl);

  const draw = (container: HTMLElement, request: HoverCardRequest) => {
    const { key, uiLanguage, browserLanguage, ...props } = request;
    // Related articles arrive after the card opens: the open card redraws with the same request.
    related.onUpdate(() => draw(container, request));
    render(<HoverCard key={key} {...props} lang={pickUiLang(uiLanguage, browserLanguage)} relatedArticles={related.get} />, container);
  };

  return {
    draw,
    clear(container) {
      related.onUpdate(null);
      render(null, container);
    },
    follow: followAnchor,
  };
};
