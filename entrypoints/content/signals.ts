/**
 * The article signals of lib/related/signals.ts, read in time slices. `readArticleSignals` reads the
 * whole article's text at once (the root's text, then every paragraph's), which on a 1 MB page is a
 * 30–80 ms task. Here the two counts that need the whole text are taken a text node and a paragraph
 * at a time; everything else is the library's own reading of a small stand-in root holding copies of
 * the only elements it looks at (the headline and the first long paragraph). A unit test checks that
 * both give the same signals.
 */
import type { ArticleSignals } from '@/lib/related/types';
import { readArticleSignals } from '@/lib/related/signals';
import { collapse } from '@/lib/related/text';

/** Mirrors LONG_PARAGRAPH_CHARS of lib/related/signals.ts (checked by tests/unit/content/signals.test.ts). */
export const LONG_PARAGRAPH_CHARS = 80;

/** Paragraphs or text nodes read between two `pause()` checks. */
const STEP = 32;

/**
 * Reads the signals of `root`, awaiting `pause()` (which yields when the slice's time is used)
 * every few nodes. Same result as `readArticleSignals(doc, root)` on an unchanged page.
 */
export async function readSignalsInSlices(doc: Document, root: Element, pause: () => Promise<void>): Promise<ArticleSignals> {
  let longParagraphs = 0;
  let firstLong: Element | null = null;
  const paragraphs = root.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length; i++) {
    if (i % STEP === 0) await pause();
    const p = paragraphs[i]!;
    if (collapse(p.textContent ?? '').length < LONG_PARAGRAPH_CHARS) continue;
    longParagraphs++;
    firstLong ??= p;
  }
  const textLength = await collapsedLength(root, pause);
  const standIn = doc.createElement('div');
  const headline = root.querySelector('h1');
  if (headline) standIn.append(headline.cloneNode(true));
  if (firstLong) standIn.append(firstLong.cloneNode(true));
  return { ...readArticleSignals(doc, standIn), textLength, longParagraphs };
}

/** `collapse(root.textContent).length`, a text node at a time. */
async function collapsedLength(root: Element, pause: () => Promise<void>): Promise<number> {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let length = 0;
  let started = false; // a non-space character was counted (leading space is trimmed)
  let space = false; // whitespace is pending after the last counted character
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % STEP === 0) await pause();
    const text = (node as Text).data.replace(/\s+/g, ' ');
    const core = text.trim();
    if (!core) {
      space ||= text.length > 0 && started;
      continue;
    }
    // A run of whitespace between two counted characters becomes one space; trailing space is trimmed.
    if (started && (space || text[0] === ' ')) length += 1;
    length += core.length;
    started = true;
    space = text[text.length - 1] === ' ';
  }
  return length;
}
