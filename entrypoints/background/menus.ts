/**
 * The "Look up in Kontext" context menu and the keyboard commands. Opening the side panel must be
 * the first thing a click or command handler does: Chrome only allows `sidePanel.open` while the
 * user gesture lasts, which ends at the first `await`.
 */
import { browser } from 'wxt/browser';
import { pendingLookup, selectionQuery } from '@/lib/panel/pending-lookup';
import { siteKeyOf, withSite } from '@/lib/panel/support';
import { siteSwitches } from '@/lib/storage/settings';
import { t } from '@/components/panel/i18n';
import { loadPageContext } from './page-contexts';

export const MENU_LOOKUP = 'kontext-lookup';
export const COMMAND_OPEN_PANEL = 'open-side-panel';
export const COMMAND_TOGGLE = 'toggle-highlights';

/** Firefox's sidebar API, absent from Chrome's typings. */
interface SidebarAction {
  open(): Promise<void>;
}

/** Opens Chrome's side panel for a tab, or Firefox's sidebar. Call synchronously from a gesture. */
export function openPanel(tabId: number | undefined): Promise<void> {
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebar) return sidebar.open();
  if (browser.sidePanel && typeof tabId === 'number') return browser.sidePanel.open({ tabId });
  return Promise.reject(new Error('No side panel here'));
}

/**
 * What the context menu does: open the panel and leave the query for it. The panel being open
 * already (or failing to open outside a gesture) is fine: the panel watches the stored query.
 */
export async function lookUp(selection: string, tabId: number | undefined): Promise<void> {
  const opening = openPanel(tabId).catch(() => undefined);
  const query = selectionQuery(selection);
  if (query) await pendingLookup.setValue({ query, at: Date.now() });
  await opening;
}

/** Turns Kontext off (or back on) for the site in a tab. */
async function toggleSite(tab: { id?: number; url?: string } | undefined): Promise<void> {
  const url = tab?.url ?? (typeof tab?.id === 'number' ? (await loadPageContext(tab.id))?.url : undefined);
  const host = siteKeyOf(url);
  if (!host) return;
  const sites = await siteSwitches.getValue();
  await siteSwitches.setValue(withSite(sites, host, sites[host] === false));
}

/** Registers the menu item (on install/update: menus persist across worker restarts) and handlers. */
export function setupMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_LOOKUP,
        title: t('menu_lookup'),
        contexts: ['selection'],
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_LOOKUP || !info.selectionText) return;
    void lookUp(info.selectionText, tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_OPEN_PANEL) void openPanel(tab?.id).catch(() => undefined);
    else if (command === COMMAND_TOGGLE) void toggleSite(tab);
  });
}
