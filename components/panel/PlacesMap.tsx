/**
 * The places the article mentions. The map itself comes from the shared map component
 * (components/map, bundled outline, no network tiles) once it exists; until then this lists them.
 */
import type { PageEntity } from '@/lib/messaging/protocol';
import { compareEntities } from '@/lib/panel/group';
import { t } from './i18n';

export function PlacesMap({ entities }: { entities: readonly PageEntity[] }) {
  const places = entities.filter((e) => e.type === 'LOC').sort(compareEntities);
  if (!places.length) return null;
  return (
    <section class="map" data-testid="places-map">
      <h2 class="section-title">{t('panel_map')}</h2>
      <div class="map__placeholder" role="img" aria-label={t('panel_map_placeholder')}>
        {t('panel_map_placeholder')}
      </div>
      <p class="muted">{places.map((p) => p.name).join(' · ')}</p>
    </section>
  );
}
