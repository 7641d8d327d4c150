/** Site keys for the per-site switch: the host name, as the content script reads `location.hostname`. */

/**
 * The host a user means by what they typed: a full address, a bare host, or a host with a path
 * ("https://www.kt.kz/news/1" → "www.kt.kz", "KT.kz" → "kt.kz"). Null when it is not a web host.
 */
export function normalizeHost(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase();
  // A dot (kt.kz), an IPv4/IPv6 literal or localhost: anything else is a typo rather than a site.
  return host.includes('.') || host.startsWith('[') || host === 'localhost' ? host : null;
}

/** Sites in the list in a stable, readable order: by host without "www.", then as written. */
export function sortedSites(sites: Record<string, boolean>): [string, boolean][] {
  const bare = (h: string) => h.replace(/^www\./, '');
  return Object.entries(sites).sort(([a], [b]) => bare(a).localeCompare(bare(b)) || a.localeCompare(b));
}
