/** Finds the part of the page that holds the article, so menus and footers stay unannotated. */

// `article` first: it holds the headline, byline and captions as well as the body text.
const ARTICLE_SELECTORS = ['article', '[itemprop="articleBody"]', '[role="article"]', 'main', '[role="main"]'];

/** The element with the article text: the largest candidate by text length, else `body`. */
export function findArticleRoot(doc: Document): Element {
  let best: Element | null = null;
  let bestLength = 0;
  for (const selector of ARTICLE_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const length = el.textContent?.length ?? 0;
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    // Prefer the most specific selector that found real text.
    if (best && bestLength > 200) return best;
  }
  return doc.body ?? doc.documentElement;
}

/** Published date from common article metadata, when present. */
export function findPublishedDate(doc: Document): string | undefined {
  const meta =
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    doc.querySelector('meta[name="date"]')?.getAttribute('content') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime');
  return meta?.trim() || undefined;
}
