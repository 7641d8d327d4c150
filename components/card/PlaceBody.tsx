import type { PlaceRecord } from '@/lib/data/types';
import type { EntityView } from '@/lib/data/views';
import { formatCurrency, formatInteger, formatLanguages, formatPopulation } from '@/lib/card/format';
import { countryRef, refsOf } from '@/lib/card/model';
import { EntityLink } from '@/components/shared/EntityLink';
import { FactList, type Fact, type MaybeFact } from '@/components/shared/FactList';
import { LocatorMap } from '@/components/map/LocatorMap';
import { useCardEnv } from './env';

/**
 * A place. Countries list their key facts and leaders; regions and cities show their country (with
 * that country's key facts when `countryView` is given), their region or admin centre, status and
 * population. Every place with coordinates gets a locator map.
 */
export function PlaceBody({ record, view, countryView }: { record: PlaceRecord; view: EntityView; countryView?: EntityView | null }) {
  const { t, lang, openEntity } = useCardEnv();
  const link = (id: string | undefined) => {
    const ref = id ? view.refs[id] : undefined;
    return ref ? <EntityLink entity={ref} lang={lang} onOpen={openEntity} /> : undefined;
  };
  const people = (ids: string[] | undefined) => {
    const refs = refsOf(view, ids);
    if (!refs.length) return undefined;
    return refs.map((ref, i) => (
      <span key={ref.id}>
        {i > 0 && ', '}
        <EntityLink entity={ref} lang={lang} onOpen={openEntity} flag={false} />
      </span>
    ));
  };
  const population: Fact | null = record.population ? { label: t('card_fact_population'), value: formatPopulation(record.population, lang) } : null;
  const facts = record.country_facts;
  let rows: MaybeFact[];
  if (record.kind === 'country') {
    rows = [
      { label: t('card_fact_capital'), value: link(facts?.capital) },
      population,
      facts?.areaKm2 && { label: t('card_fact_area'), value: t('card_area_km2', formatInteger(facts.areaKm2, lang)) },
      facts?.languages.length && { label: t('card_fact_languages'), value: formatLanguages(facts.languages, lang) },
      facts?.currency && { label: t('card_fact_currency'), value: formatCurrency(facts.currency, lang) },
      { label: t('card_fact_head_of_state'), value: people(facts?.headOfState) },
      { label: t('card_fact_head_of_government'), value: people(facts?.headOfGovernment) },
    ];
  } else {
    const status = record.capital ? t('card_status_capital') : record.adminCenter ? t('card_status_admin_center') : undefined;
    rows = [
      { label: t('card_fact_country'), value: <CountryLine view={view} countryView={countryView} /> },
      record.kind === 'city' && { label: t('card_fact_region'), value: link(record.region) },
      record.kind === 'region' && { label: t('card_fact_admin_center'), value: link(record.center) },
      status && { label: t('card_fact_status'), value: status },
      population,
    ];
  }
  return (
    <>
      <FactList facts={rows} />
      {record.lat !== undefined && record.lon !== undefined && (
        <LocatorMap lat={record.lat} lon={record.lon} zoom={record.kind === 'country' ? 2 : 3} label={t('card_map_label', record.name[lang] || record.name.ru)} />
      )}
    </>
  );
}

/** "🇷🇸 Serbia" plus, when the country's own view is at hand, its capital and population. */
function CountryLine({ view, countryView }: { view: EntityView; countryView?: EntityView | null }) {
  const { t, lang, openEntity } = useCardEnv();
  const country = countryRef(view);
  if (!country) return null;
  const record = countryView?.record.type === 'LOC' ? countryView.record : undefined;
  const capitalId = record?.country_facts?.capital;
  const capital = capitalId ? countryView?.refs[capitalId] : undefined;
  return (
    <>
      <EntityLink entity={country} lang={lang} onOpen={openEntity} />
      {record && (capital || record.population) && (
        <span class="kx-country-facts">
          {capital && (
            <span>
              {t('card_fact_capital')}: <EntityLink entity={capital} lang={lang} onOpen={openEntity} flag={false} />
            </span>
          )}
          {record.population && (
            <span>
              {t('card_fact_population')}: {formatPopulation(record.population, lang)}
            </span>
          )}
        </span>
      )}
    </>
  );
}
