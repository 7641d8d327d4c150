/** Hand-made EntityViews and Mentions shaped like the dataset's, for card tests. */
import type { EntityRef, EntityView } from '@/lib/data/views';
import type { Mention } from '@/lib/match/types';

const VERSION = '2026-02-13.test';

const ref = (id: string, type: EntityRef['type'], ru: string, en: string, extra: Partial<EntityRef> = {}): EntityRef => ({
  id,
  type,
  name: { ru, en },
  ...extra,
});

export const KZ = ref('country:KZ', 'LOC', 'Казахстан', 'Kazakhstan', { kind: 'country', flag: '🇰🇿' });
export const RS = ref('country:RS', 'LOC', 'Сербия', 'Serbia', { kind: 'country', flag: '🇷🇸' });
export const MFA_KZ = ref('org:mfa-kz', 'ORG', 'Министерство иностранных дел Республики Казахстан', 'Ministry of Foreign Affairs of the Republic of Kazakhstan');

export const turekhanov: EntityView = {
  record: {
    id: 'person:valikhan-turekhanov',
    type: 'PER',
    name: { ru: 'Валихан Туреханов', en: 'Valikhan Turekhanov' },
    gender: 'm',
    country: 'KZ',
    roles: [
      {
        title: { ru: 'Посол Казахстана в Таджикистане', en: 'Ambassador of Kazakhstan to Tajikistan' },
        kind: 'ambassador',
        org: 'org:mfa-kz',
        country: 'KZ',
        since: '2023-05',
        asOf: '2026-02-13',
        source: 'Kazakhstan Today, 2026-02-13',
      },
      {
        title: { ru: 'Генеральный консул Казахстана в Стамбуле', en: 'Consul General of Kazakhstan in Istanbul' },
        kind: 'other',
        since: '2019',
        until: '2023-04',
        asOf: '2025-06-01',
        source: 'https://www.gov.kz/memleket/entities/mfa',
      },
    ],
    links: { wikiRu: 'Туреханов, Валихан' },
  },
  refs: { [KZ.id]: KZ, [MFA_KZ.id]: MFA_KZ },
  datasetVersion: VERSION,
};

export const turekhanovMention: Mention = {
  start: 43,
  end: 62,
  type: 'PER',
  text: 'Валихана Туреханова',
  entityId: 'person:valikhan-turekhanov',
  name: 'Валихан Туреханов',
  score: 0.97,
  role: 'посол Казахстана в Таджикистане',
  candidates: [{ entityId: 'person:someone-else', name: 'Вали Туреханов', score: 0.4 }],
};

export const unknownMention: Mention = {
  start: 0,
  end: 14,
  type: 'PER',
  text: 'Нигиной Ализода',
  entityId: null,
  name: 'Нигина Ализода',
  score: 0.8,
  role: 'заместитель министра иностранных дел Таджикистана',
};

const vucic = ref('person:aleksandar-vucic', 'PER', 'Александр Вучич', 'Aleksandar Vučić');
const macut = ref('person:djuro-macut', 'PER', 'Джуро Мацут', 'Đuro Macut');
const belgrade = ref('city:792680', 'LOC', 'Белград', 'Belgrade', { kind: 'city', flag: '🇷🇸' });
const vojvodinaRef = ref('region:3237631', 'LOC', 'Воеводина', 'Vojvodina', { kind: 'region', flag: '🇷🇸' });
const noviSadRef = ref('city:3194360', 'LOC', 'Нови-Сад', 'Novi Sad', { kind: 'city', flag: '🇷🇸' });

export const serbia: EntityView = {
  record: {
    id: 'country:RS',
    type: 'LOC',
    kind: 'country',
    name: { ru: 'Сербия', en: 'Serbia' },
    country: 'RS',
    lat: 44.804,
    lon: 20.465,
    population: 6982084,
    country_facts: {
      iso3: 'SRB',
      flag: '🇷🇸',
      capital: belgrade.id,
      areaKm2: 88361,
      continent: 'EU',
      languages: ['sr', 'hu', 'bs', 'rom'],
      currency: { code: 'RSD', name: 'Dinar' },
      neighbours: ['HU'],
      headOfState: [vucic.id],
      headOfGovernment: [macut.id],
    },
    links: { wikiRu: 'Сербия', wikiEn: 'Serbia' },
  },
  refs: { [belgrade.id]: belgrade, [vucic.id]: vucic, [macut.id]: macut },
  datasetVersion: VERSION,
};

export const vojvodina: EntityView = {
  record: {
    id: vojvodinaRef.id,
    type: 'LOC',
    kind: 'region',
    name: { ru: 'Воеводина', en: 'Vojvodina' },
    country: 'RS',
    center: noviSadRef.id,
    population: 1740230,
    lat: 45.41,
    lon: 20.2,
  },
  refs: { [RS.id]: RS, [noviSadRef.id]: noviSadRef },
  datasetVersion: VERSION,
};

export const noviSad: EntityView = {
  record: {
    id: noviSadRef.id,
    type: 'LOC',
    kind: 'city',
    name: { ru: 'Нови-Сад', en: 'Novi Sad' },
    country: 'RS',
    region: vojvodinaRef.id,
    lat: 45.252,
    lon: 19.837,
    population: 215400,
    adminCenter: true,
  },
  refs: { [RS.id]: RS, [vojvodinaRef.id]: vojvodinaRef },
  datasetVersion: VERSION,
};

const kosherbayev = ref('person:yermek-kosherbayev', 'PER', 'Ермек Кошербаев', 'Yermek Kosherbayev');

export const mfaKz: EntityView = {
  record: {
    id: MFA_KZ.id,
    type: 'ORG',
    name: MFA_KZ.name,
    short: { ru: 'МИД РК' },
    kind: 'ministry',
    country: 'KZ',
    parent: 'org:gov-kz',
    links: { wikiEn: 'Ministry of Foreign Affairs (Kazakhstan)' },
    asOf: '2025-06-01',
    source: 'editor knowledge (as of 2025-06)',
  },
  refs: { [KZ.id]: KZ, [kosherbayev.id]: kosherbayev, 'org:gov-kz': ref('org:gov-kz', 'ORG', 'Правительство Республики Казахстан', 'Government of Kazakhstan') },
  heads: [{ personId: kosherbayev.id, title: { ru: 'Министр иностранных дел', en: 'Minister of Foreign Affairs' } }],
  datasetVersion: VERSION,
};
