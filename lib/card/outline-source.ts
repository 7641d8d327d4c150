/**
 * Build-time only: draws the world-atlas land topology with d3-geo into the compact path stored in
 * `world-outline.ts`. Imported by the unit test that keeps the committed outline current, never by
 * runtime code (d3-geo and the topology stay out of every bundle).
 */
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { MAP_HEIGHT, MAP_NORTH, MAP_SCALE, MAP_WIDTH, encodeRings } from './geo';

/** Renders the land polygons of a world-atlas topology to the outline path string. */
export function worldOutlinePath(topology: Topology<{ land: GeometryCollection }>): string {
  const land = feature(topology, topology.objects.land);
  // Scale is pixels per radian; translate puts (-180°, MAP_NORTH) at the origin.
  const projection = geoEquirectangular()
    .scale((MAP_SCALE * 180) / Math.PI)
    .translate([180 * MAP_SCALE, MAP_NORTH * MAP_SCALE])
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ])
    .precision(0.5);
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  // A tiny path context collects rings instead of a string, so they can be re-encoded compactly.
  const context = {
    moveTo(x: number, y: number) {
      if (ring.length) rings.push(ring);
      ring = [[x, y]];
    },
    lineTo(x: number, y: number) {
      ring.push([x, y]);
    },
    closePath() {
      if (ring.length) rings.push(ring);
      ring = [];
    },
    arc() {},
    beginPath() {},
  };
  geoPath(projection, context).pointRadius(0)(land);
  if (ring.length) rings.push(ring);
  return encodeRings(rings);
}
