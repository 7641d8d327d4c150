/**
 * Which tab a popup or side panel is about: the one named by `?tab=<id>` (tests, debugging), else
 * the active tab of its window, followed as the user switches tabs (side panel only).
 */
import { useEffect, useState } from 'preact/hooks';
import { tabParam } from '@/lib/panel/names';
import type { UiPort } from './port';

export function useActiveTab(port: UiPort, search: string, follow: boolean): number | null {
  const pinned = tabParam(search);
  const [tabId, setTabId] = useState<number | null>(pinned);

  useEffect(() => {
    if (pinned !== null) return;
    let live = true;
    const resolve = () =>
      void port.activeTab().then((tab) => {
        if (live && tab) setTabId(tab.id);
      });
    resolve();
    // Any tab event may mean another active tab; asking again is cheaper than tracking windows.
    const off = follow ? port.onTabChanged(resolve) : () => undefined;
    return () => {
      live = false;
      off();
    };
  }, [port, pinned, follow]);

  return tabId;
}
