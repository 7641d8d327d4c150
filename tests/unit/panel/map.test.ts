import { expect, test } from 'vitest';
import { MAP_HEIGHT, MAP_WIDTH, projectPoint } from '@/lib/card/geo';
import { fitViewBox, MAP_ASPECT, MIN_WINDOW_WIDTH } from '@/lib/panel/map';

const NOVI_SAD = projectPoint(19.84, 45.25);
const ALMATY = projectPoint(76.95, 43.25);
const DUSHANBE = projectPoint(68.78, 38.54);

const inside = (box: ReturnType<typeof fitViewBox>, p: { x: number; y: number }) =>
  p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;

test('no places: the whole world', () => {
  expect(fitViewBox([])).toEqual({ x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT });
});

test('one place: a country-sized window centred on it', () => {
  const box = fitViewBox([NOVI_SAD]);
  expect(box.width).toBe(MIN_WINDOW_WIDTH);
  expect(box.width / box.height).toBeCloseTo(MAP_ASPECT, 1);
  expect(box.x + box.width / 2).toBeCloseTo(NOVI_SAD.x, 0);
});

test('several places: all inside, with the map aspect ratio, within the world', () => {
  const box = fitViewBox([NOVI_SAD, ALMATY, DUSHANBE]);
  for (const p of [NOVI_SAD, ALMATY, DUSHANBE]) expect(inside(box, p)).toBe(true);
  expect(box.width / box.height).toBeCloseTo(MAP_ASPECT, 1);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(MAP_WIDTH + 0.1);
});

test('places near the edge of the world stay in the outline', () => {
  const box = fitViewBox([projectPoint(-179, 80)]);
  expect(box.x).toBe(0);
  expect(box.y).toBe(0);
});
