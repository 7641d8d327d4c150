import type { PersonRecord } from '@/lib/data/types';
import type { EntityView } from '@/lib/data/views';
import { formatPartialDate } from '@/lib/card/format';
import { countryRef } from '@/lib/card/model';
import { EntityLink } from '@/components/shared/EntityLink';
import { FactList } from '@/components/shared/FactList';
import { RoleList } from './RoleList';
import { useCardEnv } from './env';

/** A known person: posts with dates and sources, country, birth date. */
export function PersonBody({ record, view }: { record: PersonRecord; view: EntityView }) {
  const { t, lang, openEntity } = useCardEnv();
  const country = countryRef(view);
  return (
    <>
      <RoleList roles={record.roles} />
      <FactList
        facts={[
          country && { label: t('card_fact_country'), value: <EntityLink entity={country} lang={lang} onOpen={openEntity} /> },
          record.born && { label: t('card_fact_born'), value: formatPartialDate(record.born, lang) },
        ]}
      />
    </>
  );
}
