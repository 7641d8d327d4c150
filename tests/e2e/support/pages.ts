/**
 * Page objects for the popup, the side panel and the demo article, so specs read as user steps.
 */
import type { BrowserContext, Download, Locator, Page } from '@playwright/test';
import { expect, FIXTURE_ORIGIN, tabIdOf } from './fixtures';

export const DEMO_URL = `${FIXTURE_ORIGIN}/kazakhstan-today/`;

/** The slice of the `chrome` API that specs call inside extension pages (via `page.evaluate`). */
export interface ExtensionGlobal {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    storage: { session: { remove(key: string): Promise<void> } };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  };
}

/** Id of the first tab whose URL starts with `prefix`, read from an extension page. */
export async function findTabId(context: BrowserContext, extensionId: string, prefix: string): Promise<number> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=999999`);
  const id = await probe.evaluate(async (p) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    return (await chrome.tabs.query({})).find((t) => t.url?.startsWith(p))?.id ?? -1;
  }, prefix);
  await probe.close();
  return id;
}

/** The demo article in a tab, with its highlights. */
export class ArticlePage {
  readonly mentions: Locator;
  constructor(readonly page: Page) {
    this.mentions = page.locator('kontext-mention');
  }

  async open(): Promise<this> {
    await this.page.goto(DEMO_URL);
    await expect(this.mentions.first()).toBeAttached();
    return this;
  }

  async tabId(context: BrowserContext, extensionId: string): Promise<number> {
    return tabIdOf(context, extensionId, this.page.url());
  }

  /** Highlights of one entity, by dataset id. */
  mentionsOf(entityId: string): Locator {
    return this.page.locator(`kontext-mention[data-kontext-entity="${entityId}"]`);
  }
}

/** The search box, in the popup and in the side panel alike. */
class SearchBox {
  readonly input: Locator;
  readonly results: Locator;
  readonly details: Locator;
  constructor(page: Page) {
    this.input = page.getByTestId('search-input');
    this.results = page.getByTestId('search-result');
    this.details = page.getByTestId('entity-details');
  }

  async search(query: string): Promise<void> {
    await this.input.fill(query);
  }

  /** The first hit's entity id once results for the current query are shown. */
  firstResultId(): Promise<string | null> {
    return this.results.first().getAttribute('data-entity-id');
  }
}

export class PopupPage {
  readonly search: SearchBox;
  readonly siteSwitch: Locator;
  readonly pageCount: Locator;
  constructor(readonly page: Page) {
    this.search = new SearchBox(page);
    this.siteSwitch = page.getByTestId('site-switch');
    this.pageCount = page.getByTestId('page-count');
  }

  static async open(context: BrowserContext, extensionId: string, tabId?: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
    return new PopupPage(page);
  }
}

export class SidePanelPage {
  readonly search: SearchBox;
  readonly entities: Locator;
  readonly note: Locator;
  constructor(readonly page: Page) {
    this.search = new SearchBox(page);
    this.entities = page.getByTestId('panel-entity');
    this.note = page.getByTestId('panel-note');
  }

  static async open(context: BrowserContext, extensionId: string, tabId: number): Promise<SidePanelPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    return new SidePanelPage(page);
  }

  entity(key: string): Locator {
    return this.page.locator(`[data-testid="panel-entity"][data-entity-key="${key}"]`);
  }

  filter(type: 'PER' | 'LOC' | 'ORG'): Locator {
    return this.page.getByTestId(`filter-${type}`);
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async export(format: 'json' | 'csv' | 'md'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(`export-${format}`).click()]);
    return { name: download.suggestedFilename(), text: await readDownload(download) };
  }
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
