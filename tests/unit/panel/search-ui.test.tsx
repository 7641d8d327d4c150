// @vitest-environment happy-dom
/**
 * The search box against a fake background: results for the latest query only (a slow reply to an
 * older query is dropped), arrow keys and Enter open the card, and the lookup is remembered.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EntityView, SearchHit } from '@/lib/data/views';
import { recentLookups } from '@/lib/storage/settings';
import { Search } from '@/components/popup/Search';
import { createViewLoader } from '@/components/panel/views';
import en from '@/assets/public/_locales/en/messages.json';

const hit = (id: string, ru: string): SearchHit => ({ id, type: 'PER', name: { ru, en: ru }, subtitle: { ru: 'персона', en: 'person' }, score: 1 });

const VIEW: EntityView = {
  record: { id: 'person:maja-gojkovic', type: 'PER', name: { ru: 'Майя Гойкович', en: 'Maja Gojković' }, gender: 'f', country: 'RS', roles: [] },
  refs: {},
  datasetVersion: 'test',
};

/** Replies after `delay` ms per query, so a test can make an older query answer last. */
function fakeBackground(delays: Record<string, number>) {
  return async (message: unknown) => {
    const m = message as { type: string; query?: string; id?: string };
    if (m.type === 'any→bg:search') {
      await new Promise((r) => setTimeout(r, delays[m.query ?? ''] ?? 0));
      return { hits: m.query === 'Гойк' ? [hit('person:old', 'Старый')] : [hit('person:maja-gojkovic', 'Майя Гойкович'), hit('person:x', 'Икс')] };
    }
    if (m.type === 'any→bg:entity') return { entity: m.id === VIEW.record.id ? VIEW : null };
    return { error: 'unexpected' };
  };
}

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no i18n; answer from the real English locale file.
  const messages = en as Record<string, { message: string }>;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '')) as typeof fakeBrowser.i18n.getMessage);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
const input = () => root.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
const results = () => [...root.querySelectorAll<HTMLElement>('[data-testid="search-result"]')].map((el) => el.dataset.entityId);

async function type(text: string) {
  await act(() => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(key: string) {
  await act(() => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

test('a slow reply to an older query never replaces the newer results', async () => {
  const send = fakeBackground({ Гойк: 120, Гойкович: 10 });
  await act(() => render(<Search send={send} lang="ru" loadView={createViewLoader(send)} />, root));
  await type('Гойк');
  await wait(50); // the first query is in flight
  await type('Гойкович');
  await wait(250); // both replies have arrived, the older one last
  expect(results()).toEqual(['person:maja-gojkovic', 'person:x']);
});

test('arrows move, Enter opens the card and remembers the lookup', async () => {
  const send = fakeBackground({});
  await act(() => render(<Search send={send} lang="ru" loadView={createViewLoader(send)} />, root));
  await type('Гойкович');
  await wait(60);
  expect(root.querySelector('[aria-selected="true"]')?.getAttribute('data-entity-id')).toBe('person:maja-gojkovic');
  await press('ArrowDown');
  expect(root.querySelector('[aria-selected="true"]')?.getAttribute('data-entity-id')).toBe('person:x');
  await press('ArrowUp');
  await press('Enter');
  await wait(30);
  expect(root.querySelector('[data-testid="entity-details"]')?.getAttribute('data-entity-id')).toBe('person:maja-gojkovic');
  expect(root.textContent).toContain('Майя Гойкович');
  expect(await recentLookups.getValue()).toEqual(['person:maja-gojkovic']);
});

test('empty and no-result states', async () => {
  const send = async (message: unknown) => ((message as { type: string }).type === 'any→bg:search' ? { hits: [] } : { entity: null });
  await act(() => render(<Search send={send} lang="en" loadView={createViewLoader(send)} />, root));
  expect(root.querySelector('[data-testid="search-hint"]')).not.toBeNull();
  await type('zzqx');
  await wait(60);
  expect(root.querySelector('[data-testid="search-empty"]')).not.toBeNull();
});

test('a prefill (the context menu) searches and opens the first hit', async () => {
  const send = fakeBackground({});
  await act(() => render(<Search send={send} lang="ru" loadView={createViewLoader(send)} prefill={{ query: 'Майей Гойкович' }} />, root));
  await wait(30);
  expect(input().value).toBe('Майей Гойкович');
  expect(root.querySelector('[data-testid="entity-details"]')?.getAttribute('data-entity-id')).toBe('person:maja-gojkovic');
});
