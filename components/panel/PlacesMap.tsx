/**
 * A map of the places the article mentions: the bundled world outline (components/map, no network
 * tiles) framed around them, one marker per place with coordinates, and their names below.
 */
import { useEffect, useState } from 'preact/hooks';
import '@/components/map/world-outline.css';
import { projectPoint, type Point } from '@/lib/card/geo';
import type { PageEntity } from '@/lib/messaging/protocol';
import { compareEntities } from '@/lib/panel/group';
import { fitViewBox } from '@/lib/panel/map';
import { t } from './i18n';
import type { ViewLoader } from './views';

interface Marker extends Point {
  key: string;
  name: string;
}

export function PlacesMap({ entities, loadView }: { entities: readonly PageEntity[]; loadView: ViewLoader }) {
  const places = entities.filter((e) => e.type === 'LOC').sort(compareEntities);
  const ids = places.map((p) => p.entityId).filter((id): id is string => id !== null);
  const [markers, setMarkers] = useState<Marker[]>([]);
  const idsKey = ids.join('|');

  useEffect(() => {
    let live = true;
    void Promise.all(ids.map((id) => loadView(id).catch(() => null))).then((views) => {
      if (!live) return;
      const next: Marker[] = [];
      views.forEach((view, i) => {
        const rec = view?.record;
        if (rec?.type !== 'LOC' || rec.lat === undefined || rec.lon === undefined) return;
        next.push({ key: ids[i]!, name: places.find((p) => p.entityId === rec.id)?.name ?? rec.name.ru, ...projectPoint(rec.lon, rec.lat) });
      });
      setMarkers(next);
    });
    return () => {
      live = false;
    };
    // The id list (as a string) is the real dependency; `places` is a new array every render.
  }, [idsKey, loadView]);

  if (!places.length) return null;
  const box = fitViewBox(markers);
  const radius = Math.max(1.2, box.width / 90); // markers keep one on-screen size at any zoom
  return (
    <section class="map" data-testid="places-map">
      <h2 class="section-title">{t('panel_map')}</h2>
      <svg class="places-map" viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} role="img" aria-label={t('panel_map_label', places.map((p) => p.name).join(', '))} preserveAspectRatio="xMidYMid slice">
        <rect class="kx-map__sea" x={box.x} y={box.y} width={box.width} height={box.height} />
        <path class="kx-map__land" />
        {markers.map((m) => (
          <circle key={m.key} class="kx-map__marker" cx={m.x} cy={m.y} r={radius} data-entity-key={m.key}>
            <title>{m.name}</title>
          </circle>
        ))}
      </svg>
      <p class="muted">{places.map((p) => p.name).join(' · ')}</p>
    </section>
  );
}
