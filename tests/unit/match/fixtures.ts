/** Small inline dataset for unit tests: the demo article's entities and a few confusable ones. */
import type { EntityRecord, OrganizationRecord, PersonRecord, PlaceRecord } from '../../../lib/data/types';

const asOf = '2026-02-13';
const source = 'test fixture';

function person(id: string, ru: string, en: string, gender: 'm' | 'f', country: string, title: string, extra: Partial<PersonRecord> = {}): PersonRecord {
  return { id, type: 'PER', name: { ru, en }, gender, country, roles: [{ title: { ru: title, en: title }, kind: 'other', asOf, source }], ...extra };
}

function place(id: string, kind: PlaceRecord['kind'], ru: string, en: string, country: string, extra: Partial<PlaceRecord> = {}): PlaceRecord {
  return { id, type: 'LOC', kind, name: { ru, en }, country, ...extra };
}

function org(id: string, ru: string, en: string, extra: Partial<OrganizationRecord> = {}): OrganizationRecord {
  return { id, type: 'ORG', name: { ru, en }, kind: 'other', asOf, source, ...extra };
}

export const ENTITIES: EntityRecord[] = [
  place('country:KZ', 'country', 'Казахстан', 'Kazakhstan', 'KZ', { aliases: ['Республика Казахстан', 'Қазақстан', 'РК'] }),
  place('country:TJ', 'country', 'Таджикистан', 'Tajikistan', 'TJ', { aliases: ['Республика Таджикистан'] }),
  place('country:RS', 'country', 'Сербия', 'Serbia', 'RS', { aliases: ['Республика Сербия', 'Srbija'] }),
  place('country:RU', 'country', 'Россия', 'Russia', 'RU', { aliases: ['Российская Федерация', 'РФ'] }),
  place('country:US', 'country', 'США', 'United States', 'US', { aliases: ['Соединённые Штаты Америки', 'USA'] }),
  place('region:784272', 'region', 'Воеводина', 'Vojvodina', 'RS', { aliases: ['Автономный край Воеводина'] }),
  place('region:1537162', 'region', 'Алматинская область', 'Almaty Region', 'KZ', { aliases: ['Almaty Oblysy'] }),
  place('region:1526384', 'region', 'Алматы', 'Almaty', 'KZ'),
  place('region:524894', 'region', 'Москва', 'Moscow', 'RU'),
  place('region:3000001', 'region', 'Нижняя Австрия', 'Lower Austria', 'AT'),
  place('city:1526273', 'city', 'Астана', 'Astana', 'KZ', { capital: true, population: 1_000_000, aliases: ['Нур-Султан', 'Nur-Sultan'] }),
  place('city:1526384', 'city', 'Алматы', 'Almaty', 'KZ', { population: 2_000_000, region: 'region:1526384', aliases: ['Алма-Ата'] }),
  place('city:3194360', 'city', 'Нови-Сад', 'Novi Sad', 'RS', { population: 250_000, adminCenter: true, region: 'region:784272', aliases: ['Нови Сад'] }),
  place('city:524901', 'city', 'Москва', 'Moscow', 'RU', { capital: true, population: 12_000_000, region: 'region:524894' }),
  place('city:4400648', 'city', 'Москва', 'Moscow', 'US', { population: 25_000 }),
  place('city:610612', 'city', 'Актобе', 'Aktobe', 'KZ', { population: 500_000, aliases: ['Актюбинск'] }),
  place('city:1516589', 'city', 'Жанаозен', 'Zhanaozen', 'KZ', { population: 20_000 }),
  place('city:792680', 'city', 'Белград', 'Belgrade', 'RS', { capital: true, population: 1_300_000 }),
  place('city:9000001', 'city', 'Заря', 'Zarya', 'RU', { population: 16_000 }),
  place('city:9000002', 'city', 'Октябрьский', 'Oktyabrsky', 'RU', { population: 40_000 }),
  place('city:9000003', 'city', 'Октябрьский', 'Oktyabrskiy', 'KZ', { population: 20_000 }),
  person('person:valikhan-turekhanov', 'Валихан Туреханов', 'Valikhan Turekhanov', 'm', 'KZ', 'Посол Казахстана в Таджикистане'),
  person('person:nigina-alizoda', 'Нигина Ализода', 'Nigina Alizoda', 'f', 'TJ', 'Заместитель министра иностранных дел'),
  person('person:madi-atamkulov', 'Мади Атамкулов', 'Madi Atamkulov', 'm', 'KZ', 'Посол Казахстана в Сербии'),
  person('person:maja-gojkovic', 'Майя Гойкович', 'Maja Gojković', 'f', 'RS', 'Председатель правительства Воеводины', { aliases: ['Maja Gojkovic'] }),
  person('person:kassym-jomart-tokayev', 'Касым-Жомарт Токаев', 'Kassym-Jomart Tokayev', 'm', 'KZ', 'Президент Казахстана', {
    patronymic: 'Кемелевич',
    roles: [{ title: { ru: 'Президент Казахстана', en: 'President of Kazakhstan' }, kind: 'head-of-state', country: 'KZ', asOf, source }],
    aliases: ['Тоқаев Қасым-Жомарт'],
  }),
  person('person:sirojiddin-muhriddin', 'Сироджиддин Мухриддин', 'Sirojiddin Muhriddin', 'm', 'TJ', 'Министр иностранных дел'),
  org('org:mfa-kz', 'Министерство иностранных дел Республики Казахстан', 'Ministry of Foreign Affairs of Kazakhstan', {
    short: { ru: 'МИД РК', en: 'MFA of Kazakhstan' },
    aliases: ['МИД Казахстана'],
    country: 'KZ',
  }),
  org('org:kazakhstan-today', 'Kazakhstan Today', 'Kazakhstan Today', { kind: 'media', country: 'KZ', aliases: ['Казахстан Сегодня'] }),
  org('org:un', 'Организация Объединённых Наций', 'United Nations', { short: { ru: 'ООН', en: 'UN' }, kind: 'international' }),
];
