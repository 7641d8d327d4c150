/**
 * Where the card goes, decided by `@floating-ui/dom` middleware: below the highlight by default,
 * flipped above (and to the other side) when it would leave the viewport, shifted to stay inside,
 * and never taller than the space left. `cardPositionConfig` is what the content script hands to
 * `computePosition`; `placeCard` runs the same config against one measured snapshot, without a DOM,
 * which is how the decisions are unit-tested.
 */
import {
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type ComputePositionConfig,
  type Placement,
  type Platform,
  type Rect,
} from '@floating-ui/dom';
import { CARD_OFFSET_PX, VIEWPORT_PADDING_PX } from './delays';

/** Below the name, aligned with its start: the reading line stays visible above the card. */
export const CARD_PLACEMENT: Placement = 'bottom-start';
const FALLBACKS: Placement[] = ['top-start', 'bottom-end', 'top-end'];

export interface AvailableSize {
  width: number;
  height: number;
}

/**
 * The positioning config. `onAvailable` receives the space left on the chosen side so the caller
 * can cap the card's size (scrolling inside it) instead of letting it overflow the viewport.
 * `multiLine` adds the `inline` middleware, which anchors to the line box under the pointer when a
 * name wraps across two lines.
 */
export function cardPositionConfig(onAvailable: (size: AvailableSize) => void, multiLine = false): Partial<ComputePositionConfig> {
  return {
    strategy: 'fixed', // the card lives in a shadow root inside page text; fixed escapes overflow clipping
    placement: CARD_PLACEMENT,
    middleware: [
      ...(multiLine ? [inline()] : []),
      offset(CARD_OFFSET_PX),
      flip({ fallbackPlacements: FALLBACKS, padding: VIEWPORT_PADDING_PX }),
      // Slide along the edge only: sliding vertically would cover the name the card explains.
      shift({ padding: VIEWPORT_PADDING_PX }),
      size({
        padding: VIEWPORT_PADDING_PX,
        apply: ({ availableWidth, availableHeight }) => onAvailable({ width: availableWidth, height: availableHeight }),
      }),
    ],
  };
}

/** One measurement: the highlight's box, the card's size and the viewport, in viewport pixels. */
export interface LayoutSnapshot {
  anchor: Rect;
  card: { width: number; height: number };
  viewport: { width: number; height: number };
}

export interface Placed {
  x: number;
  y: number;
  placement: Placement;
  available: AvailableSize;
}

/** A floating-ui platform that answers from a snapshot instead of measuring elements. */
function snapshotPlatform(snapshot: LayoutSnapshot): Platform {
  // Every member the DOM platform would measure is answered from the snapshot (or neutrally:
  // no offset parent, no scale, left-to-right), so nothing reaches for `window`.
  const none = {} as Element;
  return {
    getElementRects: () => ({ reference: snapshot.anchor, floating: { x: 0, y: 0, ...snapshot.card } }),
    getDimensions: () => snapshot.card,
    getClippingRect: () => ({ x: 0, y: 0, ...snapshot.viewport }),
    convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect }) => rect,
    getOffsetParent: () => none,
    getDocumentElement: () => none as HTMLElement,
    getClientRects: () => [],
    isElement: () => false,
    getScale: () => ({ x: 1, y: 1 }),
    isRTL: () => false,
  };
}

/** Places a card for one snapshot (pure: no DOM is read). */
export async function placeCard(snapshot: LayoutSnapshot): Promise<Placed> {
  let available: AvailableSize = { width: snapshot.viewport.width, height: snapshot.viewport.height };
  const config = cardPositionConfig((size) => (available = size));
  // The elements are never read by the snapshot platform; they only satisfy the signature.
  const none = {} as HTMLElement;
  const result = await computePosition(none, none, { ...config, platform: snapshotPlatform(snapshot) });
  return { x: result.x, y: result.y, placement: result.placement, available };
}
