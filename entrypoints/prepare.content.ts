/**
 * At document_start, before the page has any text: asks the background to load the dataset, so
 * the load overlaps the page's own loading and the main content script's first annotate request
 * (at document_idle) finds the recognizer ready. After the background has slept (an MV3 worker
 * stops after 30 s idle) that load is most of the wait for the first highlights. Sends no page
 * text; the background skips the load on sites where Kontext is switched off.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { RequestOf } from '@/lib/messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main() {
    const request: RequestOf<'content→bg:prepare'> = { type: 'content→bg:prepare' };
    // Nothing to do with the answer, nor with a background that cannot be reached.
    browser.runtime.sendMessage(request).catch(() => undefined);
  },
});
