import type { Links } from '@/lib/data/types';
import type { MessageKey } from '@/lib/card/i18n';
import { outLinks, wikipediaSearchUrl, type OutLink } from '@/lib/card/model';
import { ExternalLink } from '@/components/shared/ExternalLink';
import { useCardEnv } from './env';

const LABEL: Record<OutLink['key'], MessageKey> = { wikiRu: 'card_wiki_ru', wikiEn: 'card_wiki_en', website: 'card_website' };

/**
 * Links out: Wikipedia in both languages and the official site; for a name the dataset lacks, a
 * Wikipedia search. All open in a new tab only when clicked; the card itself loads nothing.
 */
export function OutLinks({ links, searchName }: { links?: Links; searchName?: string }) {
  const { t, lang } = useCardEnv();
  const items = outLinks(links, lang);
  if (!items.length && !searchName) return null;
  return (
    <nav class="kx-outlinks" aria-label={t('card_links')}>
      {items.map((item) => (
        <ExternalLink key={item.key} href={item.href}>
          {t(LABEL[item.key])}
        </ExternalLink>
      ))}
      {searchName && <ExternalLink href={wikipediaSearchUrl(lang, searchName)}>{t('card_search_wikipedia')}</ExternalLink>}
    </nav>
  );
}
