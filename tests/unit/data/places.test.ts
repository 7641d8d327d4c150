import { describe, expect, it } from 'vitest';
import type { PlaceRecord } from '../../../lib/data/types';
import { byId } from './helpers';

const place = (id: string): PlaceRecord => {
  const r = byId.get(id);
  if (r?.type !== 'LOC') throw new Error(`no place ${id}`);
  return r;
};

describe('generated places', () => {
  it('Kazakhstan: Astana is the capital, flag, aliases, facts', () => {
    const kz = place('country:KZ');
    expect(kz.name).toMatchObject({ ru: 'Казахстан', en: 'Kazakhstan' });
    expect(kz.aliases).toEqual(expect.arrayContaining(['РК', 'Республика Казахстан']));
    expect(kz.country_facts).toMatchObject({ iso3: 'KAZ', flag: '🇰🇿', capital: 'city:1526273', currency: { code: 'KZT' } });
    expect(place('city:1526273').name.ru).toBe('Астана');
    expect(place('city:1526273').aliases).toEqual(expect.arrayContaining(['Нур-Султан', 'Акмола', 'Nur-Sultan']));
  });

  it.each([
    ['country:US', 'США'],
    ['country:RU', 'РФ'],
    ['country:GB', 'UK'],
    ['country:AE', 'ОАЭ'],
    ['country:CN', 'КНР'],
    ['country:DE', 'ФРГ'],
    ['country:RU', 'Российская Федерация'],
  ])('%s has alias %s', (id, alias) => {
    expect(place(id).aliases).toContain(alias);
  });

  it('Vojvodina has its Russian name and official-form aliases', () => {
    const vo = place('region:784272');
    expect(vo.name).toMatchObject({ ru: 'Воеводина', en: 'Vojvodina' });
    expect(vo.aliases).toEqual(expect.arrayContaining(['Автономный край Воеводина', 'Autonomous Province of Vojvodina']));
  });

  it.each([
    ['region:12510143', 'Абайская область'],
    ['region:12510144', 'Жетысуская область'],
    ['region:12510145', 'Улытауская область'],
    ['region:1524787', 'Туркестанская область'],
    ['region:1537162', 'Алматинская область'],
  ])('Kazakh region %s is «%s»', (id, ru) => {
    expect(place(id).name.ru).toBe(ru);
    expect(place(id).country).toBe('KZ');
  });

  it.each([
    ['city:3194360', 'Нови-Сад', 'region:784272'],
    ['city:1526384', 'Алматы', 'region:1526395'],
    ['city:1528675', 'Бишкек', undefined],
    ['city:1221874', 'Душанбе', undefined],
    ['city:1512569', 'Ташкент', undefined],
  ])('city %s is «%s»', (id, ru, region) => {
    expect(place(id).name.ru).toBe(ru);
    if (region) expect(place(id).region).toBe(region);
  });

  it('city names prefer Russian over Serbian or Kazakh letters', () => {
    expect(place('city:3194360').name.ru).not.toMatch(/[јљњћђџәқғңөұүһі]/);
  });

  it('a region gets its admin centre, a city its flags', () => {
    expect(place('region:784272').center).toBe('city:3194360');
    expect(place('city:3194360').adminCenter).toBe(true);
    expect(place('city:792680').capital).toBe(true);
  });
});
