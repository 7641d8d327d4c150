/** What the demo article must yield: every listed mention, linked to the right dataset entry. */
export const DEMO_PATH = '/kazakhstan-today/';

export interface ExpectedMention {
  label: string;
  type: 'PER' | 'LOC' | 'ORG';
  entityId: string;
  /** Exact number of highlighted mentions of this entity in the <article> (headline, byline, caption, body). */
  count: number;
  /** The role the article gives a person (base form). */
  role?: string;
}

export const DEMO_EXPECTED: ExpectedMention[] = [
  { label: 'МИД РК', type: 'ORG', entityId: 'org:mfa-kz', count: 2 },
  { label: 'Астана', type: 'LOC', entityId: 'city:1526273', count: 1 },
  { label: 'Kazakhstan Today', type: 'ORG', entityId: 'org:kazakhstan-today', count: 2 },
  { label: 'Казахстан', type: 'LOC', entityId: 'country:KZ', count: 3 },
  { label: 'Таджикистан', type: 'LOC', entityId: 'country:TJ', count: 3 },
  { label: 'Валихан Туреханов', type: 'PER', entityId: 'person:valikhan-turekhanov', count: 1, role: 'посол Казахстана в Таджикистане' },
  { label: 'Нигина Ализода', type: 'PER', entityId: 'person:nigina-alizoda', count: 1, role: 'заместитель министра иностранных дел Таджикистана' },
  { label: 'Сербия', type: 'LOC', entityId: 'country:RS', count: 2 },
  { label: 'Мади Атамкулов', type: 'PER', entityId: 'person:madi-atamkulov', count: 1, role: 'посол Казахстана в Сербии' },
  { label: 'Воеводина', type: 'LOC', entityId: 'region:784272', count: 3 },
  { label: 'Майя Гойкович', type: 'PER', entityId: 'person:maja-gojkovic', count: 2 },
  { label: 'Алматинская область', type: 'LOC', entityId: 'region:1537162', count: 1 },
  { label: 'Нови-Сад', type: 'LOC', entityId: 'city:3194360', count: 1 },
];
