/**
 * Places the manifest's highlight CSS does not reach: open shadow roots and same-origin frame
 * documents. Kontext annotates those from the top frame's one content script (rather than running a
 * script in every frame) so a tab keeps one session, one reported article context and one place that
 * answers the side panel; cross-origin frames (ads, embeds) are left alone.
 */
import highlightCss from '../highlights.content.css?inline';

type StyleTarget = Document | ShadowRoot;

/** The frame's document when the page may read it (same origin, including about:blank and srcdoc). */
export function sameOriginDocument(frame: Element): Document | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc?.body ? doc : null;
  } catch {
    return null; // cross-origin: the browser refuses, which is what we want
  }
}

/**
 * Highlight styles added to shadow roots and frame documents, removed again on `dispose()`.
 * Constructed style sheets are used because a page's Content-Security-Policy (`style-src 'self'`)
 * does not govern them, unlike `<style>` elements.
 */
export class HighlightStyles {
  private readonly added = new Map<StyleTarget, CSSStyleSheet | HTMLStyleElement>();

  constructor(private readonly topDocument: Document) {}

  /** Makes highlights inside `target` look like those in the top document. */
  ensure(target: StyleTarget): void {
    if (target === this.topDocument || this.added.has(target)) return;
    const doc = 'host' in target ? target.host.ownerDocument : target;
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    try {
      if (!view || !('adoptedStyleSheets' in target)) throw new Error('no constructable style sheets');
      // A constructed sheet may only be adopted by the document whose window built it.
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(highlightCss);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      this.added.set(target, sheet);
    } catch {
      const style = doc.createElement('style');
      style.textContent = highlightCss; // text, never parsed as markup
      const parent = 'host' in target ? target : (target.head ?? target.documentElement);
      parent.appendChild(style);
      this.added.set(target, style);
    }
  }

  /** Removes every style this instance added. */
  dispose(): void {
    for (const [target, added] of this.added) {
      if ('remove' in added && typeof (added as HTMLStyleElement).remove === 'function' && 'textContent' in added) {
        (added as HTMLStyleElement).remove();
      } else {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== added);
      }
    }
    this.added.clear();
  }
}
