/**
 * Keeps a floating element placed next to an anchor while the page scrolls or resizes, using the
 * card's positioning config (lib/card/layout.ts). DOM-side twin of the pure `placeCard`.
 */
import { autoUpdate, computePosition } from '@floating-ui/dom';
import { cardPositionConfig } from '@/lib/card/layout';

/** Starts following; returns the function that stops it. */
export function followAnchor(anchor: HTMLElement, floating: HTMLElement): () => void {
  const config = cardPositionConfig(({ width, height }) => {
    // Never larger than the room left on the chosen side; the card scrolls inside instead.
    floating.style.maxHeight = `${Math.max(120, Math.floor(height))}px`;
    floating.style.maxWidth = `${Math.max(200, Math.floor(width))}px`;
  }, anchor.getClientRects().length > 1);
  const update = () =>
    void computePosition(anchor, floating, config).then(({ x, y, placement }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
      floating.dataset.placement = placement;
    });
  return autoUpdate(anchor, floating, update);
}
