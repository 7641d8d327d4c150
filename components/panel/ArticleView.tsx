/** One article's context: filters, grouped entities, places, related articles, export. */
import { useEffect, useState } from 'preact/hooks';
import type { EntityType } from '@/lib/data/types';
import type { PageContext } from '@/lib/messaging/protocol';
import { sendTabRequest } from '@/lib/messaging/send';
import { toggleType } from '@/lib/panel/group';
import { EntityGroups } from './EntityGroups';
import { ExportBar } from './ExportBar';
import { Filters } from './Filters';
import { PlacesMap } from './PlacesMap';
import type { UiPort } from './port';
import { RelatedList } from '@/components/related/RelatedList';
import type { ViewLoader } from './views';

export function ArticleView({ port, context, loadView }: { port: UiPort; context: PageContext; loadView: ViewLoader }) {
  const [hidden, setHidden] = useState<ReadonlySet<EntityType>>(new Set());
  const tabId = context.tabId;
  // Filters belong to one page: a new tab or a reload starts with everything shown.
  useEffect(() => setHidden(new Set()), [tabId, context.url]);

  const toggle = (type: EntityType) => {
    const next = toggleType(hidden, type);
    setHidden(next);
    void sendTabRequest(port.tab(tabId), { type: 'bg→content:set-filter', hidden: [...next] }).catch(() => undefined);
  };

  const jump = async (key: string) => {
    try {
      const reply = await sendTabRequest(port.tab(tabId), { type: 'bg→content:jump', key });
      return reply?.ok ? { index: reply.index, count: reply.count } : null;
    } catch {
      return null;
    }
  };

  return (
    <article class="article" data-testid="panel-article" data-url={context.url}>
      <header class="article__head">
        <h2 class="article__title">{context.title || context.url}</h2>
        {context.published && <p class="muted">{formatDate(context.published)}</p>}
      </header>
      <Filters hidden={hidden} onToggle={toggle} />
      <EntityGroups entities={context.entities} hidden={hidden} onJump={jump} />
      <PlacesMap entities={context.entities} loadView={loadView} />
      <RelatedList send={port.send} context={context} />
      <ExportBar source={context} />
    </article>
  );
}

function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(undefined, { dateStyle: 'long' });
}
