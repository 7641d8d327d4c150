import { describe, expect, it } from 'vitest';
import { placeCard, type LayoutSnapshot } from '@/lib/card/layout';
import { CARD_OFFSET_PX, VIEWPORT_PADDING_PX } from '@/lib/card/delays';

const viewport = { width: 1280, height: 900 };
const card = { width: 360, height: 300 };
const anchorAt = (x: number, y: number) => ({ x, y, width: 120, height: 20 });
const snap = (x: number, y: number, over: Partial<LayoutSnapshot> = {}): LayoutSnapshot => ({ anchor: anchorAt(x, y), card, viewport, ...over });

function inside(p: { x: number; y: number }, size = card) {
  expect(p.x).toBeGreaterThanOrEqual(VIEWPORT_PADDING_PX);
  expect(p.y).toBeGreaterThanOrEqual(0);
  expect(p.x + size.width).toBeLessThanOrEqual(viewport.width - VIEWPORT_PADDING_PX);
  expect(p.y + size.height).toBeLessThanOrEqual(viewport.height);
}

describe('card placement', () => {
  it('goes below the name, aligned with its start, when there is room', async () => {
    const placed = await placeCard(snap(400, 200));
    expect(placed.placement).toBe('bottom-start');
    expect(placed).toMatchObject({ x: 400, y: 200 + 20 + CARD_OFFSET_PX });
  });

  it('flips above a name near the bottom edge', async () => {
    const placed = await placeCard(snap(400, 820));
    expect(placed.placement.startsWith('top')).toBe(true);
    expect(placed.y).toBe(820 - CARD_OFFSET_PX - card.height);
    inside(placed);
  });

  it('slides left from the right edge instead of overflowing', async () => {
    const placed = await placeCard(snap(1200, 300));
    inside(placed);
  });

  it.each([
    ['top-left', 0, 0],
    ['top-right', 1160, 0],
    ['bottom-left', 0, 880],
    ['bottom-right', 1160, 880],
  ])('stays inside the viewport at the %s corner', async (_corner, x, y) => {
    inside(await placeCard(snap(x, y)));
  });

  it('reports the room left so a tall card can scroll instead of overflowing', async () => {
    const placed = await placeCard(snap(400, 420, { card: { width: 360, height: 800 } }));
    expect(placed.available.height).toBeLessThan(800);
    expect(placed.available.height).toBeGreaterThan(300);
  });
});
