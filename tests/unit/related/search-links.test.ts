import { expect, test } from 'vitest';
import { buildSearchLinks } from '@/lib/related/search-links';

test('search links quote multi-word names and encode them', () => {
  const links = buildSearchLinks('Майя  Гойкович', 'ru');
  expect(links.length).toBeGreaterThanOrEqual(3);
  for (const link of links) {
    expect(link.url).toMatch(/^https:\/\//);
    expect(link.url).toContain(encodeURIComponent('"Майя Гойкович"'));
  }
  expect(buildSearchLinks('  ', 'ru')).toEqual([]);
});
