/**
 * The article context each tab reported, kept in session storage so a side panel opened later (or a
 * service worker that restarted) still finds it. Cleared when the tab closes or navigates.
 */
import { storage } from 'wxt/utils/storage';
import type { PageContext } from '@/lib/messaging/protocol';

const item = (tabId: number) => storage.defineItem<PageContext | null>(`session:pageContext:${tabId}`, { fallback: null });

export function savePageContext(context: PageContext): Promise<void> {
  return item(context.tabId).setValue(context);
}

export function loadPageContext(tabId: number): Promise<PageContext | null> {
  return item(tabId).getValue();
}

export function forgetPageContext(tabId: number): Promise<void> {
  return item(tabId).removeValue();
}
