/**
 * UI strings for the popup and side panel, from the extension's `_locales` files. A missing key
 * shows itself rather than an empty label, so a forgotten string is visible in review.
 */
import { browser } from 'wxt/browser';

/** The generated typing only knows keys present at `wxt prepare` time; ours are checked by a unit test. */
type GetMessage = (key: string, substitutions?: string[]) => string;

/** `browser.i18n.getMessage` with `$1`-style substitutions. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n?.getMessage as GetMessage | undefined;
  return getMessage?.(key, substitutions.map(String)) || key;
}
