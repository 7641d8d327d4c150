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

/** Elements that hold one article each: infinite scroll appends the next story as another of these. */
const STORY_SELECTOR = 'article, [itemprop="articleBody"], [role="article"]';
/** Page furniture: a story teaser in a sidebar or footer is not the article being read. */
const FURNITURE_SELECTOR = 'nav, aside, footer, header, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/**
 * The parts of `node` (added to the page after the first pass, outside the article root) that are
 * article text: `node` itself when it sits inside a story element, else the story elements it holds.
 */
export function storyRegionsIn(node: Node): Node[] {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return [];
  const story = el.closest(STORY_SELECTOR);
  if (story) return story.closest(FURNITURE_SELECTOR) ? [] : [node];
  return Array.from(el.querySelectorAll(STORY_SELECTOR)).filter((s) => !s.closest(FURNITURE_SELECTOR));
}
