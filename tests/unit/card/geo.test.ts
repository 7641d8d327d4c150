import { describe, expect, it } from 'vitest';
import { MAP_HEIGHT, MAP_WIDTH, encodeRings, locatorViewBox, projectPoint } from '@/lib/card/geo';
import { hiddenKey, isHiddenMention, withHiddenName } from '@/lib/card/hidden';
import { articleForm, outLinks, splitRoles } from '@/lib/card/model';
import { turekhanov } from './fixtures';

describe('locator map geometry', () => {
  it('projects longitude and latitude linearly', () => {
    expect(projectPoint(-180, 84)).toEqual({ x: 0, y: 0 });
    expect(projectPoint(180, -58)).toEqual({ x: MAP_WIDTH, y: MAP_HEIGHT });
    expect(projectPoint(0, -90).y).toBe(MAP_HEIGHT); // clamped to the cropped band
  });

  it('keeps the zoomed window inside the map', () => {
    const box = locatorViewBox(projectPoint(179, 80), 3);
    expect(box.x + box.width).toBeLessThanOrEqual(MAP_WIDTH + 0.1);
    expect(box.y).toBe(0);
    const centred = locatorViewBox(projectPoint(20, 45), 2);
    expect(centred.width).toBeCloseTo(MAP_WIDTH / 2, 0);
  });

  it('encodes rings compactly: integers, relative moves, no repeated or collinear points, no specks', () => {
    const square: [number, number][] = [[0, 0], [5, 0], [10, 0], [10, 10], [10, 10], [0, 10]];
    expect(encodeRings([square])).toBe('M0 0l10 0 0 10-10 0z');
    expect(encodeRings([[[0, 0], [1, 0], [1, 1]]])).toBe('');
  });
});

describe('card model', () => {
  it('splits roles into current and earlier', () => {
    const record = turekhanov.record;
    if (record.type !== 'PER') throw new Error('fixture');
    const { current, earlier } = splitRoles(record.roles);
    expect(current.map((r) => r.kind)).toEqual(['ambassador']);
    expect(earlier.map((r) => r.until)).toEqual(['2023-04']);
  });

  it('shows the article form only when it differs beyond case', () => {
    expect(articleForm({ text: 'Валихана Туреханова' }, 'Валихан Туреханов')).toBe('Валихана Туреханова');
    expect(articleForm({ text: 'ВОЕВОДИНА' }, 'Воеводина')).toBeNull();
  });

  it('builds Wikipedia links in the UI language first and drops non-web sites', () => {
    const links = outLinks({ wikiRu: 'Сербия', wikiEn: 'Novi Sad', website: 'javascript:alert(1)' }, 'en');
    expect(links.map((l) => l.href)).toEqual([
      'https://en.wikipedia.org/wiki/Novi_Sad',
      'https://ru.wikipedia.org/wiki/%D0%A1%D0%B5%D1%80%D0%B1%D0%B8%D1%8F',
    ]);
  });
});

describe('hidden names', () => {
  it('matches the canonical name and the written form, folded', () => {
    const hidden = new Set(withHiddenName([], { name: 'Майя Гойкович' }));
    expect(hiddenKey({ name: 'Майя Гойкович' })).toBe('майя гойкович');
    expect(isHiddenMention({ name: 'Майя Гойкович', text: 'Майей Гойкович' }, hidden)).toBe(true);
    expect(isHiddenMention({ name: 'Мади Атамкулов', text: 'Мади Атамкулов' }, hidden)).toBe(false);
  });
});
