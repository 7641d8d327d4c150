/**
 * Whether Kontext can annotate a page, decided from its URL alone. Browsers never let an extension
 * script their own pages, the extension stores or the built-in PDF viewer, and `file:` pages only
 * when the user ticked "Allow access to file URLs"; the side panel says so instead of waiting forever.
 */

export type UnsupportedReason = 'browser' | 'store' | 'pdf' | 'file' | 'other';

export type PageSupport = { ok: true } | { ok: false; reason: UnsupportedReason };

/** Schemes of pages that belong to the browser (settings, new tab, reader view, other extensions, sources). */
const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'blob:',
  'javascript:',
]);

/** Extension galleries: browsers block content scripts there on purpose. */
const STORE_PAGES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.opera.com' },
];

/** Chrome's PDF viewer is itself an extension page with this id. */
const CHROME_PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/**
 * Decides from a tab's URL whether the content script can run there. An unknown URL (the browser
 * hid it) counts as supported: the caller then learns the truth from the content script.
 */
export function pageSupport(url: string | undefined, options: { fileAccess?: boolean } = {}): PageSupport {
  if (!url) return { ok: true };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'other' };
  }
  if (parsed.protocol === 'chrome-extension:' && parsed.host === CHROME_PDF_VIEWER_ID) return { ok: false, reason: 'pdf' };
  if (BROWSER_SCHEMES.has(parsed.protocol)) return { ok: false, reason: 'browser' };
  if (parsed.protocol === 'file:') {
    if (!options.fileAccess) return { ok: false, reason: 'file' };
    return isPdfPath(parsed.pathname) ? { ok: false, reason: 'pdf' } : { ok: true };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: 'other' };
  const host = parsed.hostname.toLowerCase();
  const store = STORE_PAGES.some((s) => host === s.host && (!s.path || parsed.pathname.startsWith(s.path)));
  if (store) return { ok: false, reason: 'store' };
  if (isPdfPath(parsed.pathname)) return { ok: false, reason: 'pdf' };
  return { ok: true };
}

function isPdfPath(pathname: string): boolean {
  return /\.pdf$/i.test(pathname);
}

/** The hostname the per-site switch is keyed by, or null for pages that have none. */
export function siteKeyOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** The per-site switches after turning a site on or off: "on" is stored as absence, the default. */
export function withSite(sites: Readonly<Record<string, boolean>>, host: string, on: boolean): Record<string, boolean> {
  const next = { ...sites };
  if (on) delete next[host];
  else next[host] = false;
  return next;
}
