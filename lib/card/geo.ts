/**
 * Locator-map geometry. The world outline is drawn once, at build time, by `worldOutlinePath`
 * (d3-geo over the world-atlas 110m land topology) into a committed stylesheet, so the card ships
 * a ~12 KB path instead of d3-geo and a 55 KB topology. At runtime only the marker needs a
 * projection, and an equirectangular one is a linear map, so `projectPoint` needs no library.
 */

/** Pixels per degree of the outline's coordinate space: coarse enough to stay small, fine enough for a 300 px card. */
export const MAP_SCALE = 1.5;
/** Latitudes outside this band are cropped: Antarctica and the high Arctic only waste card space. */
export const MAP_NORTH = 84;
export const MAP_SOUTH = -58;
export const MAP_WIDTH = 360 * MAP_SCALE;
export const MAP_HEIGHT = (MAP_NORTH - MAP_SOUTH) * MAP_SCALE;

export interface Point {
  x: number;
  y: number;
}

/** Projects a longitude/latitude pair into the outline's coordinate space (equirectangular). */
export function projectPoint(lon: number, lat: number): Point {
  const clampedLat = Math.min(MAP_NORTH, Math.max(MAP_SOUTH, lat));
  return { x: (lon + 180) * MAP_SCALE, y: (MAP_NORTH - clampedLat) * MAP_SCALE };
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A window of the world centred on `point`, `zoom` times closer than the whole map, slid back
 * inside the map's edges so the card never shows empty space beyond the outline.
 */
export function locatorViewBox(point: Point, zoom: number): ViewBox {
  const width = MAP_WIDTH / zoom;
  const height = MAP_HEIGHT / zoom;
  const x = Math.min(MAP_WIDTH - width, Math.max(0, point.x - width / 2));
  const y = Math.min(MAP_HEIGHT - height, Math.max(0, point.y - height / 2));
  return { x: round1(x), y: round1(y), width: round1(width), height: round1(height) };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Re-encodes absolute polygon rings as a compact SVG path: integer coordinates, relative `l`
 * moves, repeated points and collinear runs dropped, rings smaller than `minArea` px² dropped
 * (islands that would be a speck at card size).
 */
export function encodeRings(rings: readonly (readonly [number, number])[][], minArea = 2): string {
  let out = '';
  for (const ring of rings) {
    const pts = simplifyRing(ring.map(([x, y]) => [Math.round(x), Math.round(y)] as [number, number]));
    if (pts.length < 3 || Math.abs(ringArea(pts)) < minArea) continue;
    const [first, ...rest] = pts as [[number, number], ...[number, number][]];
    out += `M${first[0]} ${first[1]}l`;
    let [px, py] = first;
    const moves: string[] = [];
    for (const [x, y] of rest) {
      moves.push(`${x - px} ${y - py}`.replace(/ -/g, '-'));
      px = x;
      py = y;
    }
    out += moves.join(' ').replace(/ -/g, '-') + 'z';
  }
  return out;
}

function simplifyRing(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const prev = out[out.length - 2];
    // Drop the middle point of three collinear ones: it adds bytes, not shape.
    if (prev && last && (last[0] - prev[0]) * (p[1] - prev[1]) === (last[1] - prev[1]) * (p[0] - prev[0])) out.pop();
    out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

function ringArea(points: readonly [number, number][]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}
