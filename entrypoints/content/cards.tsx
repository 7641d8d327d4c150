/**
 * Hover cards for highlights: DOM events → the interaction controller (lib/card/controller.ts) →
 * one shadow-root card placed by floating-ui. Views come from the background by id and are cached
 * per id for the page's lifetime. Keyboard access lives in keyboard.ts.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { EntityView } from '@/lib/data/views';
import type { Candidate, Mention } from '@/lib/match/types';
import { sendRequest, type Transport } from '@/lib/messaging/send';
import { createController } from '@/lib/card/controller';
import { pickUiLang, type UiLang } from '@/lib/card/i18n';
import { isHiddenMention, withHiddenName } from '@/lib/card/hidden';
import { DEFAULT_PREFERENCES, hiddenNames, preferences, type Preferences } from '@/lib/storage/settings';
import { HoverCard } from '@/components/card/HoverCard';
import { createRelatedCache } from '@/components/related/related-cache';
import { followAnchor } from '@/components/shared/floating';
import { MENTION_TAG, mentionKey, type Highlight } from './highlighter';
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
}

export function setupCards(ctx: ContentScriptContext, options: Options): CardController {
  const { signal } = options;
  const views = new Map<string, Promise<EntityView | null>>();
  const related = createRelatedCache(options.send, () => location.href);
  let prefs: Preferences = DEFAULT_PREFERENCES;
  let lang: UiLang = pickUiLang('auto', browser.i18n.getUILanguage());
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let uiLoading: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let stopFollowing: (() => void) | null = null;
  let dialog: HTMLDivElement | null = null;
  let pinned = false;
  let refocusing = false;

  const applyPrefs = (next: Preferences) => {
    prefs = next;
    lang = pickUiLang(next.uiLanguage, browser.i18n.getUILanguage());
  };
  void preferences.getValue().then(applyPrefs);
  const unwatch = preferences.watch((next) => applyPrefs(next ?? DEFAULT_PREFERENCES));

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

  const highlightOf = (el: HTMLElement) => options.highlights().find((h) => h.elements.includes(el));

  const ensureUi = () =>
    (uiLoading ??= createShadowRootUi(ctx, {
      name: 'kontext-card',
      position: 'inline',
      anchor: document.body,
      append: 'last', // at the end of body: never inside a page link or a clipped container
      isolateEvents: ['keydown', 'keyup', 'keypress'], // typing in the card must not trigger page shortcuts
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((created) => (ui = created)));

  const hide = () => {
    stopFollowing?.();
    stopFollowing = null;
    dialog = null;
    pinned = false;
    related.onUpdate(null);
    if (ui?.mounted) render(null, ui.uiContainer);
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
    const mention = highlight.mention;
    const view = mention.entityId ? await loadView(mention.entityId) : null;
    const created = await ensureUi();
    if (!controller.isCurrent(token) || signal.aborted) return; // a newer interaction owns the screen
    if (!created.mounted) created.mount();
    const count = options.highlights().filter((h) => h.key === highlight.key).length;
    const draw = () =>
      render(
        <HoverCard
          key={`${token}:${mention.entityId ?? mention.name}`}
          view={view}
          mention={mention}
          mentionCount={count}
          lang={lang}
          loadView={loadView}
          relatedArticles={related.get}
          pinned={pinned}
          onPin={(next) => {
            pinned = next;
            controller.dispatch({ type: 'pin', pinned: next });
            draw();
          }}
          onClose={(returnFocus) => controller.dispatch({ type: 'close', returnFocus })}
          onHold={(via, inside) => controller.dispatch({ type: inside ? 'card-enter' : 'card-leave', via })}
          onChooseCandidate={(candidate) => relink(highlight, candidate, anchor, token)}
          onHideName={hideName}
          dialogRef={(el) => {
            if (el && el !== dialog) {
              dialog = el;
              stopFollowing?.();
              stopFollowing = followAnchor(anchor, el);
            }
          }}
        />,
        created.uiContainer,
      );
    related.onUpdate(draw); // related articles arrive after the card opens
    draw();
  }

  /** "Wrong match?": re-link every mention of this name that pointed at the same entity. */
  function relink(source: Highlight, candidate: Candidate, anchor: HTMLElement, token: number) {
    const previous = source.mention;
    const demoted: Candidate[] = previous.entityId ? [{ entityId: previous.entityId, name: previous.name, score: previous.score }] : [];
    const others = (previous.candidates ?? []).filter((c) => c.entityId !== candidate.entityId);
    for (const h of options.highlights()) {
      if (h.key !== source.key || h.mention.name !== previous.name) continue;
      const mention: Mention = { ...h.mention, entityId: candidate.entityId, name: candidate.name, score: candidate.score, candidates: [...demoted, ...others] };
      h.mention = mention;
      h.key = mentionKey(mention);
      for (const el of h.elements) el.dataset.kontextEntity = candidate.entityId;
    }
    void show(anchor, token);
  }

  async function hideName(mention: Mention) {
    const next = withHiddenName(await hiddenNames.getValue(), mention);
    await hiddenNames.setValue(next);
    controller.dispatch({ type: 'close', returnFocus: false });
    const set = new Set(next);
    options.removeHighlights((h) => isHiddenMention(h.mention, set));
    keyboard.refresh();
  }

  const mentionOf = (target: EventTarget | null) => {
    const el = (target as Element | null)?.closest?.(MENTION_TAG);
    return el instanceof HTMLElement && !el.hasAttribute('data-kontext-off') ? el : null;
  };
  const modifierHeld = (event: MouseEvent) =>
    prefs.modifierKey === 'none' || event.getModifierState(prefs.modifierKey);

  const listen = <K extends keyof DocumentEventMap>(type: K, fn: (event: DocumentEventMap[K]) => void) =>
    document.addEventListener(type, fn, { signal });
  listen('mouseover', (event) => {
    const el = mentionOf(event.target);
    if (el && modifierHeld(event)) controller.dispatch({ type: 'anchor-enter', anchor: el, via: 'pointer' });
  });
  listen('mouseout', (event) => {
    const el = mentionOf(event.target);
    if (el && !(event.relatedTarget instanceof Node && el.contains(event.relatedTarget))) {
      controller.dispatch({ type: 'anchor-leave', anchor: el, via: 'pointer' });
    }
  });
  listen('focusin', (event) => {
    const el = mentionOf(event.target);
    if (el && !refocusing) controller.dispatch({ type: 'anchor-enter', anchor: el, via: 'focus' });
  });
  listen('focusout', (event) => {
    const el = mentionOf(event.target);
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
