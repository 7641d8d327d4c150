import { expect, test, vi } from 'vitest';
import { createRelatedCache } from '@/components/related/related-cache';

test('the card cache fetches once per entity, excludes the page and redraws when articles arrive', async () => {
  const send = vi.fn(async (message: unknown) => {
    expect(message).toMatchObject({ type: 'any→bg:related-for-entity', entityId: 'region:784272', excludeUrl: 'https://a.test/now' });
    return { articles: [{ url: 'https://a.test/1', title: 'T', site: 'a.test', date: '2026-01-30T11:40:00.000Z', excerpt: '', source: 'history', shared: [], score: 1 }] };
  });
  const cache = createRelatedCache(send, () => 'https://a.test/now');
  const redraw = vi.fn();
  cache.onUpdate(redraw);
  expect(cache.get('region:784272')).toEqual([]);
  expect(cache.get('region:784272')).toEqual([]);
  expect(cache.get(null)).toEqual([]);
  await vi.waitFor(() => expect(redraw).toHaveBeenCalledTimes(1));
  expect(send).toHaveBeenCalledTimes(1);
  expect(cache.get('region:784272')).toEqual([{ url: 'https://a.test/1', title: 'T', site: 'a.test', published: '2026-01-30' }]);
});
