/**
 * Hover cards for highlights: DOM events → the interaction controller (lib/card/controller.ts) →
 * one shadow-root card placed by floating-ui. This half (hover intent, keyboard, data) is in every
 * page's content script; the rendering half (Preact, the card components, strings, floating-ui) is
 * a separate module loaded when a card is first about to open (card-loader.ts). Views come from the
 * background by id and are cached per id for the page's lifetime. Keyboard access lives in keyboard.ts.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { EntityView } from '@/lib/data/views';
import type { Candidate, Mention } from '@/lib/match/types';
import { sendRequest, type Transport } from '@/lib/messaging/send';
import { createController } from '@/lib/card/controller';
import { isHiddenMention, withHiddenName } from '@/lib/card/hidden';
import { DEFAULT_PREFERENCES, hiddenNames, preferences, type Preferences } from '@/lib/storage/settings';
import type { CardUi, CreateCardUi } from '@/components/card/hover-ui';
import { importCardUi } from './card-loader';
import { MENTION_TAG, type Highlight, type MentionTarget } from './highlighter';
import { setupKeyboard } from './keyboard';

export interface CardController {
  /** Call after highlights were added or removed: re-evaluates the keyboard tab stop. */
  refresh(): void;
  destroy(): void;
}

interface Options {
  highlights: () => readonly Highlight[];
  send: Transport;
  signal: AbortSignal;
  /** Removes (unwraps) the highlights matching `predicate`: "hide this name". */
  removeHighlights(predicate: (h: Highlight) => boolean): void;
  /** Loads the card UI module (tests pass the module itself). */
  loadUi?: () => Promise<CreateCardUi>;
}

export function setupCards(ctx: ContentScriptContext, options: Options): CardController {
  const { signal } = options;
  const views = new Map<string, Promise<EntityView | null>>();
  let prefs: Preferences = DEFAULT_PREFERENCES;
  let cardUi: CardUi | null = null;
  let cardUiLoading: Promise<CardUi> | null = null;
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let uiLoading: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let stopFollowing: (() => void) | null = null;
  let dialog: HTMLDivElement | null = null;
  let pinned = false;
  let refocusing = false;

  void preferences.getValue().then((next) => (prefs = next));
  const unwatch = preferences.watch((next) => (prefs = next ?? DEFAULT_PREFERENCES));

  /** Starts loading the card UI (on hover intent, so it is usually there when the dwell ends). */
  const ensureCardUi = (): Promise<CardUi> =>
    (cardUiLoading ??= (options.loadUi ?? importCardUi)()
      .then((create) => (cardUi = create(options.send, () => location.href)))
      .catch((error: unknown) => {
        cardUiLoading = null; // a failed load (extension reloaded, network hiccup) is retried on the next hover
        throw error;
      }));

  const loadView = (id: string): Promise<EntityView | null> => {
    let view = views.get(id);
    if (!view) {
      view = sendRequest(options.send, { type: 'any→bg:entity', id })
        .then((reply) => reply.entity)
        .catch(() => {
          views.delete(id); // the background may not be ready yet: let a later hover retry
          return null;
        });
      views.set(id, view);
    }
    return view;
  };

  const highlightOf = (el: HTMLElement) => options.highlights().find((h) => h.owns(el));

  const ensureUi = () =>
    (uiLoading ??= createShadowRootUi(ctx, {
      name: 'kontext-card',
      position: 'inline',
      anchor: document.body,
      append: 'last', // at the end of body: never inside a page link or a clipped container
      isolateEvents: ['keydown', 'keyup', 'keypress'], // typing in the card must not trigger page shortcuts
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) cardUi?.clear(container);
      },
    }).then((created) => (ui = created)));

  const hide = () => {
    stopFollowing?.();
    stopFollowing = null;
    dialog = null;
    pinned = false;
    if (ui?.mounted) cardUi?.clear(ui.uiContainer);
    ui?.remove();
  };

  const controller = createController<HTMLElement>({
    timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    extraDwellMs: () => prefs.hoverDelayMs,
    show: (anchor, token) => void show(anchor, token),
    hide,
    focusAnchor: (anchor) => {
      refocusing = true; // the focus we return must not reopen the card
      anchor.focus({ preventScroll: true });
      refocusing = false;
    },
  });

  async function show(anchor: HTMLElement, token: number): Promise<void> {
    const highlight = highlightOf(anchor);
    if (!highlight) return;
    const target = highlight.target;
    const [view, created, card] = await Promise.all([
      target.entityId ? loadView(target.entityId) : null,
      ensureUi(),
      ensureCardUi().catch((error: unknown) => {
        console.warn('Kontext: the card could not be loaded', error);
        return null;
      }),
    ]);
    if (!card || !controller.isCurrent(token) || signal.aborted) return; // a newer interaction owns the screen
    if (!created.mounted) created.mount();
    const mention = highlight.toMention();
    const count = options.highlights().filter((h) => h.target.key === target.key).length;
    const draw = () =>
      card.draw(created.uiContainer, {
        key: `${token}:${target.entityId ?? target.name}`,
        view,
        mention,
        mentionCount: count,
        uiLanguage: prefs.uiLanguage,
        browserLanguage: browser.i18n.getUILanguage(),
        loadView,
        pinned,
        onPin(next) {
          pinned = next;
          controller.dispatch({ type: 'pin', pinned: next });
          draw();
        },
        onClose: (returnFocus) => controller.dispatch({ type: 'close', returnFocus }),
        onHold: (via, inside) => controller.dispatch({ type: inside ? 'card-enter' : 'card-leave', via }),
        onChooseCandidate: (candidate) => relink(highlight, candidate, anchor, token),
        onHideName: (m) => void hideName(m),
        dialogRef: (el) => {
          if (el && el !== dialog) {
            dialog = el;
            stopFollowing?.();
            stopFollowing = card.follow(anchor, el);
          }
        },
      });
    draw();
  }

  /** "Wrong match?": re-link every highlight that shared this one's entity (and so its name). */
  function relink(source: Highlight, candidate: Candidate, anchor: HTMLElement, token: number) {
    const previous = source.target;
    const demoted: Candidate[] = previous.entityId ? [{ entityId: previous.entityId, name: previous.name, score: previous.score }] : [];
    const others = (previous.candidates ?? []).filter((c) => c.entityId !== candidate.entityId);
    const next: MentionTarget = {
      key: candidate.entityId,
      entityId: candidate.entityId,
      type: previous.type,
      name: candidate.name,
      score: candidate.score,
      candidates: [...demoted, ...others],
    };
    for (const h of options.highlights()) {
      if (h.target !== previous) continue;
      h.target = next;
      for (const el of h.elements) el.setAttribute('data-kontext-entity', candidate.entityId);
    }
    void show(anchor, token);
  }

  async function hideName(mention: Mention) {
    const next = withHiddenName(await hiddenNames.getValue(), mention);
    await hiddenNames.setValue(next);
    controller.dispatch({ type: 'close', returnFocus: false });
    const set = new Set(next);
    options.removeHighlights((h) => isHiddenMention({ name: h.target.name, text: h.text }, set));
    keyboard.refresh();
  }

  // composedPath()[0]: events from inside open shadow roots reach the document retargeted to the host.
  const mentionOf = (event: Event) => {
    const target = event.composedPath()[0] ?? event.target;
    const el = (target as Element | null)?.closest?.(MENTION_TAG);
    return el instanceof HTMLElement && !el.hasAttribute('data-kontext-off') ? el : null;
  };
  const modifierHeld = (event: MouseEvent) =>
    prefs.modifierKey === 'none' || event.getModifierState(prefs.modifierKey);

  const listen = <K extends keyof DocumentEventMap>(type: K, fn: (event: DocumentEventMap[K]) => void) =>
    document.addEventListener(type, fn, { signal });
  listen('mouseover', (event) => {
    const el = mentionOf(event);
    if (!el || !modifierHeld(event)) return;
    void ensureCardUi().catch(() => undefined); // load while the dwell runs
    controller.dispatch({ type: 'anchor-enter', anchor: el, via: 'pointer' });
  });
  listen('mouseout', (event) => {
    const el = mentionOf(event);
    if (el && !(event.relatedTarget instanceof Node && el.contains(event.relatedTarget))) {
      controller.dispatch({ type: 'anchor-leave', anchor: el, via: 'pointer' });
    }
  });
  listen('focusin', (event) => {
    const el = mentionOf(event);
    if (!el || refocusing) return;
    void ensureCardUi().catch(() => undefined);
    controller.dispatch({ type: 'anchor-enter', anchor: el, via: 'focus' });
  });
  listen('focusout', (event) => {
    const el = mentionOf(event);
    if (el) controller.dispatch({ type: 'anchor-leave', anchor: el, via: 'focus' });
  });

  const keyboard = setupKeyboard({
    highlights: options.highlights,
    signal,
    closeCard: (returnFocus) => {
      if (controller.state().phase === 'idle') return false;
      controller.dispatch({ type: 'close', returnFocus });
      return true;
    },
    focusCard: () => {
      const target = dialog?.querySelector<HTMLElement>('button, [href], summary');
      target?.focus();
      return !!target;
    },
  });

  return {
    refresh: () => keyboard.refresh(),
    destroy() {
      controller.dispose();
      controller.dispatch({ type: 'close', returnFocus: false });
      unwatch();
      hide();
    },
  };
}
