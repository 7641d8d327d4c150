// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupKeyboard } from '@/entrypoints/content/keyboard';
import { Highlight } from '@/entrypoints/content/highlighter';

function page(names: string[]) {
  document.body.innerHTML = `<p>${names.map((n) => `<kontext-mention data-kontext-entity="${n}">${n}</kontext-mention>`).join(' и ')}</p>`;
  return [...document.querySelectorAll<HTMLElement>('kontext-mention')].map(
    (el) => new Highlight({ key: el.dataset.kontextEntity!, entityId: el.dataset.kontextEntity!, type: 'PER', name: el.textContent!, score: 1 }, el),
  );
}
const press = (code: string, init: KeyboardEventInit = { altKey: true, shiftKey: true }) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { code, bubbles: true, ...init }));
const stops = () => [...document.querySelectorAll('[tabindex="0"]')].map((el) => el.textContent);

let abort: AbortController;
afterEach(() => abort.abort());

describe('roving tab stop', () => {
  it('exactly one highlight is tabbable, and the shortcuts move it (wrapping around)', () => {
    const highlights = page(['a', 'b', 'c']);
    abort = new AbortController();
    setupKeyboard({ highlights: () => highlights, signal: abort.signal, closeCard: () => false, focusCard: () => false });
    expect(stops()).toEqual(['a']);
    press('KeyK');
    expect(document.activeElement?.textContent).toBe('a');
    press('KeyK');
    press('KeyK');
    expect(stops()).toEqual(['c']);
    expect(document.activeElement?.getAttribute('role')).toBe('button');
    press('KeyK');
    expect(document.activeElement?.textContent).toBe('a');
    press('KeyJ');
    expect(document.activeElement?.textContent).toBe('c');
    press('KeyK', { altKey: true }); // Alt alone is not the shortcut
    expect(document.activeElement?.textContent).toBe('c');
  });

  it('Escape closes the card with focus returned when focus is on a highlight; removal moves the stop', () => {
    const highlights = page(['a', 'b']);
    abort = new AbortController();
    const closeCard = vi.fn(() => true);
    const nav = setupKeyboard({ highlights: () => highlights, signal: abort.signal, closeCard, focusCard: () => false });
    press('KeyK');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closeCard).toHaveBeenCalledWith(true);
    highlights[0]!.elements[0]!.remove();
    highlights.shift();
    nav.refresh();
    expect(stops()).toEqual(['b']);
  });

  it('removes its tab stop when the session ends', () => {
    const highlights = page(['a']);
    abort = new AbortController();
    setupKeyboard({ highlights: () => highlights, signal: abort.signal, closeCard: () => false, focusCard: () => false });
    abort.abort();
    expect(stops()).toEqual([]);
  });
});
