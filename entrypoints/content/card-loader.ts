/**
 * Loads the card UI module (entrypoints/card-ui.ts) the first time a card is about to open. It is a
 * web-accessible ES module of the extension: a dynamic `import()` of its extension URL works from
 * content scripts in Chrome MV3 and Firefox MV2 alike, needs no extra permission, and runs in the
 * content script's own world, so the page never sees it.
 */
import { browser } from 'wxt/browser';
import type { CreateCardUi } from '@/components/card/hover-ui';

/** Where the build puts the module (listed in web_accessible_resources by wxt.config.ts). */
export const CARD_UI_PATH = '/card-ui.js';

interface CardUiModule {
  default: { createCardUi: CreateCardUi };
}

/** Imports the card UI module; rejects when it cannot be loaded (the caller may retry on a later hover). */
export async function importCardUi(): Promise<CreateCardUi> {
  const url = browser.runtime.getURL(CARD_UI_PATH);
  const module = (await import(/* @vite-ignore */ url)) as CardUiModule;
  return module.default.createCardUi;
}
