/**
 * Everything the popup and side panel ask of the browser, behind one interface so components can
 * be rendered in unit tests with a fake, and so the Chrome/Firefox differences live in one place.
 */
import { browser } from 'wxt/browser';
import { isUiBroadcast, type TabRequest } from '@/lib/messaging/protocol';
import type { Transport } from '@/lib/messaging/send';

export interface UiPort {
  /** Requests to the background. */
  send: Transport;
  /** A transport to one tab's content script. */
  tab(tabId: number): Transport;
  /** The active tab of this window (the popup's or the side panel's). */
  activeTab(): Promise<{ id: number; url?: string } | null>;
  /** A tab's URL, when the browser shows it to us. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Opens the side panel (Chrome) or sidebar (Firefox); must run inside a click handler. */
  openSidePanel(tabId: number): Promise<void>;
  /** Calls back when the background saved a new context for a tab. */
  onContextChanged(listener: (tabId: number) => void): () => void;
  /** Calls back when the user switches tabs or a tab loads a new page (tab id of the event). */
  onTabChanged(listener: (tabId: number) => void): () => void;
  /** Whether the user allowed the extension on file: URLs. */
  fileAccess(): Promise<boolean>;
}

interface SidebarAction {
  open(): Promise<void>;
}

/** The real browser, through WXT's `browser`. */
export function browserPort(): UiPort {
  return {
    send: (message) => browser.runtime.sendMessage(message),
    tab: (tabId) => (message) => browser.tabs.sendMessage(tabId, message as TabRequest),
    async activeTab() {
      // Needs no "tabs" permission: the id is always there, the URL only where we may see it.
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return typeof tab?.id === 'number' ? { id: tab.id, url: tab.url } : null;
    },
    async tabUrl(tabId) {
      try {
        return (await browser.tabs.get(tabId)).url;
      } catch {
        return undefined;
      }
    },
    openSidePanel(tabId) {
      // No await before open(): both browsers require the user gesture to still be running.
      const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
      if (sidebar) return sidebar.open();
      if (browser.sidePanel) return browser.sidePanel.open({ tabId });
      return Promise.reject(new Error('No side panel in this browser'));
    },
    onContextChanged(listener) {
      const onMessage = (message: unknown, sender: { id?: string }) => {
        if (sender.id === browser.runtime.id && isUiBroadcast(message)) listener(message.tabId);
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    onTabChanged(listener) {
      const onActivated = (info: { tabId: number }) => listener(info.tabId);
      const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
        if (change.status === 'complete' || change.url) listener(tabId);
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },
    async fileAccess() {
      try {
        return await browser.extension.isAllowedFileSchemeAccess();
      } catch {
        return false;
      }
    },
  };
}
