/** The options page's channel to the background (the one writer of custom entities). */
import { browser } from 'wxt/browser';
import type { Transport } from '@/lib/messaging/send';

export const toBackground: Transport = (message) => browser.runtime.sendMessage(message);
