import { describe, expect, test } from 'vitest';
import { find, ru } from './helpers';

describe('disambiguation by context and priors', () => {
  test.each([
    ['Президент прилетел в Москву.', 'Москву', 'city:524901'],
    ['Астана. 13 февраля.', 'Астана', 'city:1526273'],
    ['Рейс из Алма-Аты задержан.', 'Алма-Аты', 'city:1526384'],
  ])('%s', (text, written, id) => {
    expect(find(ru(text), written)?.entityId).toBe(id);
  });

  test.each([
    ['Ярмарка прошла в Октябрьском.', 'city:9000002'],
    ['Казахстан: ярмарка прошла в Октябрьском.', 'city:9000003'],
  ])('co-mentioned country favours its own town: %s', (text, id) => {
    const m = find(ru(text), 'Октябрьском');
    expect(m?.entityId).toBe(id);
    expect(m?.candidates?.length).toBe(1);
  });

  test('runner-up candidates are offered', () => {
    const m = find(ru('Президент прилетел в Москву.'), 'Москву');
    expect(m?.candidates?.map((c) => c.entityId)).toEqual(expect.arrayContaining(['city:4400648']));
  });

  test('type cue «город» prefers the city over the region', () => {
    expect(find(ru('Власти области и город Алматы договорились.'), 'Алматы')?.entityId).toBe('city:1526384');
  });
});
