import type { PageContext, PageEntity } from '@/lib/messaging/protocol';

/** Entities as the recognizer reports them for the demo article (trimmed). */
export const ENTITIES: PageEntity[] = [
  { key: 'country:RS', entityId: 'country:RS', type: 'LOC', name: 'Сербия', count: 2, roles: [], salience: 0.31 },
  { key: 'person:maja-gojkovic', entityId: 'person:maja-gojkovic', type: 'PER', name: 'Майя Гойкович', count: 2, roles: ['председатель краевого правительства'], salience: 0.4 },
  { key: 'region:3194360', entityId: 'region:3194360', type: 'LOC', name: 'Воеводина', count: 3, roles: [], salience: 0.45 },
  { key: 'org:mfa-kz', entityId: 'org:mfa-kz', type: 'ORG', name: 'МИД РК', count: 1, roles: [], salience: 0.2 },
  { key: 'person:valikhan-turekhanov', entityId: 'person:valikhan-turekhanov', type: 'PER', name: 'Валихан Туреханов', count: 1, roles: ['посол Казахстана в Таджикистане'], salience: 0.4 },
  { key: 'unknown:PER:Иван Петров', entityId: null, type: 'PER', name: 'Иван Петров', count: 1, roles: [], salience: 0.1 },
];

export const CONTEXT: PageContext = {
  tabId: 7,
  url: 'http://127.0.0.1:4789/kazakhstan-today/',
  title: 'Посол Казахстана встретился с замминистра иностранных дел Таджикистана - Kazakhstan Today',
  published: '2026-02-13T14:20:00+05:00',
  lang: 'ru',
  entities: ENTITIES,
  updatedAt: 0,
};
