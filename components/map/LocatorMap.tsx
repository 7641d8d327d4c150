import { locatorViewBox, projectPoint } from '@/lib/card/geo';
import './world-outline.css';

/**
 * A small world map with a marker: a precomputed land outline (no tiles, no network) viewed through
 * a window centred on the place. `zoom` 1 shows the whole world; 3 shows about a sixth of it.
 * The land shape comes from world-outline.css (`d: path(…)`), which keeps ~12 KB out of content.js.
 */
export function LocatorMap({ lat, lon, label, zoom = 2 }: { lat: number; lon: number; label: string; zoom?: number }) {
  const point = projectPoint(lon, lat);
  const box = locatorViewBox(point, zoom);
  // Marker size in outline units, scaled down with the zoom so it looks the same on screen.
  const radius = 6 / zoom;
  return (
    <svg class="kx-map" viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid slice">
      <rect class="kx-map__sea" x={box.x} y={box.y} width={box.width} height={box.height} />
      <path class="kx-map__land" />
      <circle class="kx-map__halo" cx={point.x} cy={point.y} r={radius * 2.2} />
      <circle class="kx-map__marker" cx={point.x} cy={point.y} r={radius} />
    </svg>
  );
}
