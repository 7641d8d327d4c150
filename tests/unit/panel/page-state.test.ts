import { expect, test } from 'vitest';
import { readPageState } from '@/components/panel/usePageContext';
import type { UiPort } from '@/components/panel/port';
import type { PageContext } from '@/lib/messaging/protocol';
import { CONTEXT } from './fixtures';

function port(options: { url?: string; live?: Omit<PageContext, 'tabId'> | 'none'; stored?: PageContext | null }): UiPort {
  return {
    send: async () => ({ context: options.stored ?? null }),
    tab: () => async () => {
      if (options.live === 'none' || !options.live) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { context: options.live };
    },
    activeTab: async () => ({ id: 7 }),
    tabUrl: async () => options.url,
    openSidePanel: async () => undefined,
    onContextChanged: () => () => undefined,
    onTabChanged: () => () => undefined,
    fileAccess: async () => false,
  };
}

test('a browser page is reported as such without asking anyone', async () => {
  expect(await readPageState(port({ url: 'chrome://settings/' }), 7)).toEqual({ status: 'unsupported', reason: 'browser', url: 'chrome://settings/' });
});

test('the content script answers first (a page opened before the panel)', async () => {
  const { tabId: _tabId, ...live } = CONTEXT;
  const state = await readPageState(port({ live, stored: null }), 7);
  expect(state).toEqual({ status: 'ready', context: { ...live, tabId: 7 } });
});

test('no content script: what the background stored (a site switched off)', async () => {
  const stored = { ...CONTEXT, entities: [] };
  expect(await readPageState(port({ live: 'none', stored }), 7)).toEqual({ status: 'ready', context: stored });
});

test('nothing anywhere: unavailable', async () => {
  expect(await readPageState(port({ live: 'none', stored: null }), 7)).toEqual({ status: 'unavailable', url: undefined });
});

test('a stored context for another URL of the tab is stale', async () => {
  const state = await readPageState(port({ url: 'https://example.org/other', live: 'none', stored: CONTEXT }), 7);
  expect(state).toEqual({ status: 'unavailable', url: 'https://example.org/other' });
});
