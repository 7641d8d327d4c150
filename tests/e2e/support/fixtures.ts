/**
 * Playwright fixtures that load the real built extension (.output/chrome-mv3) into Debian's Chromium.
 */
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const EXT_DIR = path.resolve('.output/chrome-mv3');
export const FIXTURE_ORIGIN = `http://127.0.0.1:${process.env.KONTEXT_FIXTURE_PORT ?? 4789}`;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(extDir = EXT_DIR): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
  ];
}

export async function launchWithExtension(options: { colorScheme?: 'light' | 'dark'; locale?: string } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontext-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(),
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  return new URL(worker.url()).host;
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; page: Page }>({
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched.context);
    await launched.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export const expect = test.expect;

/**
 * Tab id of the page at `url`, read from an extension page: the side panel's `?tab=` parameter needs it.
 * Without the `tabs` permission (which Kontext does not ask for) tabs carry no URL, so the tab is found
 * as the one other tab open beside the probe page; pass `url` only for the error message.
 */
export async function tabIdOf(context: BrowserContext, extensionId: string, url: string): Promise<number> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const ids = await probe.evaluate(async () => {
    type Tab = { id?: number };
    // Runs in the extension page, where the `chrome` API exists.
    const api = (globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab | undefined> } };
    }).chrome;
    const self = await api.tabs.getCurrent();
    return (await api.tabs.query({})).map((t) => t.id ?? -1).filter((id) => id !== self?.id && id >= 0);
  });
  await probe.close();
  if (ids.length !== 1) throw new Error(`Expected one tab besides the probe for ${url}, found ${ids.length}`);
  return ids[0]!;
}
