/**
 * At document_start, before the page has any text: asks the background to load the dataset, so
 * the load overlaps the page's own loading and the main content script's first annotate request
 * (at document_idle) finds the recognizer ready. After the background has slept (an MV3 worker
 * stops after 30 s idle) that load is most of the wait for the first highlights. Sends no page
 * text, and nothing at all where Kontext is switched off: the settings are read here, so such
 * pages do not wake the background.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { RequestOf } from '@/lib/messaging/protocol';
import { isEnabledFor, preferences, siteSwitches } from '@/lib/storage/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  async main() {
    const [prefs, sites] = await Promise.all([preferences.getValue(), siteSwitches.getValue()]);
    if (!isEnabledFor(prefs, sites, location.hostname)) return;
    const request: RequestOf<'content→bg:prepare'> = { type: 'content→bg:prepare' };
    // Nothing to do with the answer, nor with a background that cannot be reached.
    browser.runtime.sendMessage(request).catch(() => undefined);
  },
});
