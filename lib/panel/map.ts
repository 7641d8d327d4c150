/**
 * The side panel's map window: the smallest view of the world outline that shows every place the
 * article mentions, with a margin, never narrower than a country-sized window (a single city would
 * otherwise fill the map) and kept to the map's aspect ratio.
 */
import { MAP_HEIGHT, MAP_WIDTH, type Point, type ViewBox } from '../card/geo';

/** Narrowest window, in outline units (~40° of longitude): enough context around one place. */
export const MIN_WINDOW_WIDTH = 60;
/** Margin around the outermost markers, as a share of the window. */
const MARGIN = 0.15;
/** Width / height of the map element in the panel. */
export const MAP_ASPECT = 2;

/** The view box that fits `points` (outline coordinates); the whole world when there are none. */
export function fitViewBox(points: readonly Point[]): ViewBox {
  if (!points.length) return { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let width = Math.max(MIN_WINDOW_WIDTH, (maxX - minX) * (1 + 2 * MARGIN));
  let height = Math.max(width / MAP_ASPECT, (maxY - minY) * (1 + 2 * MARGIN));
  width = Math.min(MAP_WIDTH, Math.max(width, height * MAP_ASPECT));
  height = Math.min(MAP_HEIGHT, width / MAP_ASPECT);
  const x = clamp((minX + maxX) / 2 - width / 2, 0, MAP_WIDTH - width);
  const y = clamp((minY + maxY) / 2 - height / 2, 0, MAP_HEIGHT - height);
  return { x: round1(x), y: round1(y), width: round1(width), height: round1(height) };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
