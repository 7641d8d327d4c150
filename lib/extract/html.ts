/**
 * HTML → visible article text, without a DOM (for the CLI and tests; the content script walks the
 * live DOM with the same skip rules). Offsets refer to the returned text, not to the HTML.
 */

/** Elements whose content is never article text (the content script skips the same ones). */
export const SKIPPED_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'iframe', 'head'];
const BLOCK_ELEMENTS = /^(p|div|section|article|main|h[1-6]|li|ul|ol|table|tr|td|th|blockquote|figure|figcaption|br|hr|pre|dd|dt|dl)$/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…' };

/** Visible text of an HTML document as paragraphs (one per block element), blank-line separated. */
export function htmlToText(html: string): string {
  const skip = new RegExp(`<(${SKIPPED_ELEMENTS.join('|')})\\b[^>]*>[\\s\\S]*?</\\1\\s*>`, 'gi');
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(skip, ' ');
  const withBreaks = body.replace(/<\/?([a-z0-9]+)\b[^>]*>/gi, (_, tag: string) => (BLOCK_ELEMENTS.test(tag.toLowerCase()) ? '\n\n' : ''));
  const decoded = withBreaks.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? m;
  });
  return paragraphs(decoded).join('\n\n');
}

/** Splits text into trimmed, non-empty paragraphs with inner whitespace collapsed. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\r\n]+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
