import type { OrganizationRecord } from '@/lib/data/types';
import type { EntityView } from '@/lib/data/views';
import { formatPartialDate } from '@/lib/card/format';
import { countryRef, refsOf } from '@/lib/card/model';
import { EntityLink } from '@/components/shared/EntityLink';
import { FactList } from '@/components/shared/FactList';
import { useCardEnv } from './env';

/** An organization: abbreviation, country, head(s) with their title, parent body, headquarters. */
export function OrgBody({ record, view }: { record: OrganizationRecord; view: EntityView }) {
  const { t, lang, openEntity } = useCardEnv();
  const country = countryRef(view);
  const short = record.short?.[lang] ?? record.short?.ru ?? record.short?.en;
  const link = (id: string | undefined) => {
    const ref = id ? view.refs[id] : undefined;
    return ref ? <EntityLink entity={ref} lang={lang} onOpen={openEntity} /> : undefined;
  };
  const heads = (view.heads ?? []).flatMap((head) => {
    const [ref] = refsOf(view, [head.personId]);
    return ref ? [{ ref, title: head.title[lang] || head.title.ru }] : [];
  });
  return (
    <FactList
      facts={[
        short && { label: t('card_fact_abbreviation'), value: short },
        country && { label: t('card_fact_country'), value: <EntityLink entity={country} lang={lang} onOpen={openEntity} /> },
        heads.length > 0 && {
          label: t('card_fact_head'),
          value: (
            <ul class="kx-plain-list">
              {heads.map(({ ref, title }) => (
                <li key={ref.id}>
                  <EntityLink entity={ref} lang={lang} onOpen={openEntity} flag={false} />
                  <span class="kx-muted"> · {title}</span>
                </li>
              ))}
            </ul>
          ),
        },
        { label: t('card_fact_parent'), value: link(record.parent) },
        { label: t('card_fact_hq'), value: link(record.hq) },
        record.founded && { label: t('card_fact_founded'), value: formatPartialDate(record.founded, lang) },
      ]}
    />
  );
}

