/**
 * Hover cards for highlights (minimal first version: the card issue replaces this with the full
 * state machine, keyboard support and placement).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendRequest, type Transport } from '@/lib/messaging/send';
import { MENTION_TAG, type Highlight } from './highlighter';
import { Card } from '@/components/card/Card';

export interface CardController {
  destroy(): void;
}

interface Options {
  highlights: () => readonly Highlight[];
  send: Transport;
  signal: AbortSignal;
}

export function setupCards(ctx: ContentScriptContext, options: Options): CardController {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let token = 0;

  const findHighlight = (el: Element) => options.highlights().find((h) => h.elements.includes(el as HTMLElement));

  const open = async (el: HTMLElement) => {
    const highlight = findHighlight(el);
    if (!highlight) return;
    const mine = ++token;
    const view = highlight.mention.entityId
      ? (await sendRequest(options.send, { type: 'any→bg:entity', id: highlight.mention.entityId })).entity
      : null;
    if (mine !== token || options.signal.aborted) return;
    ui?.remove();
    ui = await createShadowRootUi(ctx, {
      name: 'kontext-card',
      position: 'overlay',
      zIndex: 2147483647,
      anchor: el,
      append: (anchor, host) => anchor.after(host),
      onMount(container) {
        render(<Card mention={highlight.mention} view={view} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    if (mine !== token) return ui.remove();
    ui.mount();
  };

  const onOver = (event: Event) => {
    const target = (event.target as Element | null)?.closest?.(MENTION_TAG);
    if (target) void open(target as HTMLElement);
  };
  document.addEventListener('mouseover', onOver, { signal: options.signal });
  return {
    destroy() {
      token++;
      ui?.remove();
      ui = null;
    },
  };
}
