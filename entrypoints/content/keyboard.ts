/**
 * Keyboard access to highlights without flooding the tab order (a roving tab stop): only the
 * current highlight is focusable (tabindex=0), so Tab reaches Kontext once; Alt+Shift+K and
 * Alt+Shift+J move to the next / previous highlight. Keys are matched by `code`, so the shortcut
 * works with a Russian layout too. Focus on a highlight opens its card (cards.ts); Escape closes it.
 */
import { MENTION_TAG, type Highlight } from './highlighter';

export interface KeyboardOptions {
  highlights: () => readonly Highlight[];
  signal: AbortSignal;
  /** Close the open card; true when one was open. */
  closeCard(returnFocus: boolean): boolean;
  /** Move focus into the open card; true when one was open. */
  focusCard(): boolean;
}

export interface KeyboardNav {
  /** Re-evaluates the tab stop after highlights were removed or added. */
  refresh(): void;
}

const CARD_TAG = 'KONTEXT-CARD';
const NEXT = 'KeyK';
const PREVIOUS = 'KeyJ';

/** A highlight that can take the tab stop. */
function usable(el: HTMLElement): boolean {
  return el.isConnected && !el.hasAttribute('data-kontext-off');
}

/** True when `a` comes before `b` in the document. */
function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * The usable highlight nearest after (`step` 1) or before (-1) `from` in document order, or the
 * first (last) one when `from` is null. One linear scan: a long page has over 10,000 highlights,
 * and sorting them all on every refresh or key press would block the page.
 */
function nearest(highlights: readonly Highlight[], from: HTMLElement | null, step: 1 | -1): HTMLElement | null {
  let best: HTMLElement | null = null;
  for (const h of highlights) {
    const el = h.element;
    if (el === from || !usable(el)) continue;
    if (from && (step === 1 ? !precedes(from, el) : !precedes(el, from))) continue;
    if (!best || (step === 1 ? precedes(el, best) : precedes(best, el))) best = el;
  }
  return best;
}

function makeStop(el: HTMLElement): void {
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-haspopup', 'dialog');
}

function clearStop(el: HTMLElement): void {
  el.removeAttribute('tabindex');
  el.removeAttribute('role');
  el.removeAttribute('aria-haspopup');
}

/** Installs the roving tab stop and the shortcuts; everything is removed when `signal` aborts. */
export function setupKeyboard(options: KeyboardOptions): KeyboardNav {
  let current: HTMLElement | null = null;

  const setCurrent = (el: HTMLElement | null) => {
    if (current && current !== el) clearStop(current);
    current = el;
    if (el) makeStop(el);
  };

  /** The current tab stop, if it is still a usable highlight. */
  const liveStop = () => {
    const stop = current;
    return stop && usable(stop) && options.highlights().some((h) => h.element === stop) ? stop : null;
  };

  const refresh = () => {
    if (!liveStop()) setCurrent(nearest(options.highlights(), null, 1));
  };

  const move = (step: 1 | -1) => {
    const highlights = options.highlights();
    const stop = liveStop();
    // From elsewhere on the page, the first press lands on the tab stop itself (where the reader left off);
    // from the stop, it moves on, wrapping around at either end.
    const next = !stop
      ? nearest(highlights, null, step === 1 ? 1 : -1)
      : document.activeElement !== stop
        ? stop
        : (nearest(highlights, stop, step) ?? nearest(highlights, null, step) ?? stop);
    if (!next) return;
    setCurrent(next);
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === NEXT || event.code === PREVIOUS)) {
      event.preventDefault();
      move(event.code === NEXT ? 1 : -1);
      return;
    }
    const active = document.activeElement as Element | null;
    const onHighlight = active?.closest?.(MENTION_TAG);
    // Focus inside the card shows up here as its host element (the card is in a shadow root).
    const inCard = active?.tagName === CARD_TAG;
    if (event.key === 'Escape' && options.closeCard(!!onHighlight || inCard)) {
      event.preventDefault();
    } else if (event.key === 'Tab' && !event.shiftKey && onHighlight && options.focusCard()) {
      // The card is mounted at the end of the page; Tab from its highlight goes into it, not past it.
      event.preventDefault();
    }
  };

  // A highlight focused any other way (clicked with tabindex, restored) becomes the tab stop.
  const onFocusIn = (event: FocusEvent) => {
    const el = (event.target as Element | null)?.closest?.(MENTION_TAG);
    if (el instanceof HTMLElement && el.hasAttribute('tabindex')) setCurrent(el);
  };

  document.addEventListener('keydown', onKeyDown, { signal: options.signal, capture: true });
  document.addEventListener('focusin', onFocusIn, { signal: options.signal });
  options.signal.addEventListener('abort', () => setCurrent(null), { once: true });
  refresh();
  return { refresh };
}
