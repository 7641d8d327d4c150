/**
 * Which parts of a page are never annotated: code, form controls, editors, scripts, graphics,
 * Kontext's own UI, and anything hidden from users. Annotating them would change what the user types,
 * what a script reads, or text nobody can see.
 */

/** Elements whose text is never annotated (tag names as `tagName` reports them in HTML, upper case). */
export const EXCLUDED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP',
  'DATALIST', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'FRAME',
  'FRAMESET', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

/** Kontext's own elements (highlights, the card host, anything added later) all share this prefix. */
const KONTEXT_PREFIX = 'KONTEXT-';

/** ARIA roles of widgets that hold user input or code, even when built from plain elements. */
const EXCLUDED_ROLES: ReadonlySet<string> = new Set(['textbox', 'searchbox', 'combobox', 'code']);

/** True for Kontext's own UI elements (highlights, card hosts). */
export function isKontextElement(el: Element): boolean {
  return el.tagName.toUpperCase().startsWith(KONTEXT_PREFIX);
}

/** True when `el` itself (not its ancestors) rules out its subtree, by tag or attribute. */
export function isExcludedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (EXCLUDED_TAGS.has(tag) || tag.startsWith(KONTEXT_PREFIX)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // `contenteditable=""`, "true" and "plaintext-only" all make an editor; only "false" does not.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const role = el.getAttribute('role');
  return role !== null && EXCLUDED_ROLES.has(role.toLowerCase());
}

/** The element's parent, stepping out of a shadow root to its host. */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent && 'host' in parent ? (parent as ShadowRoot).host : null;
}

/** Style verdict for one element: `none` hides the subtree; `invisible` hides only its own text. */
export type StyleVerdict = 'shown' | 'invisible' | 'none';

/**
 * What CSS does to `el` (display:none hides the subtree; visibility is inherited but a descendant may
 * make itself visible again, so it only decides for text directly inside).
 */
export function styleVerdict(el: Element): StyleVerdict {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'shown';
  const style = view.getComputedStyle(el);
  if (style.display === 'none') return 'none';
  return style.visibility === 'hidden' || style.visibility === 'collapse' ? 'invisible' : 'shown';
}

/**
 * True when `node` sits somewhere annotation must not reach: inside an excluded element, under an
 * ancestor with display:none, or in Kontext UI, looking through shadow-root boundaries. Used for roots
 * handed to the walker (the walker itself rejects excluded subtrees as it descends, and checks
 * `visibility` per text node because a descendant may be visible again).
 */
export function isInExcludedContext(node: Node, checkStyle: boolean): boolean {
  for (let cur = node.nodeType === 1 ? (node as Element) : composedParent(node); cur; cur = composedParent(cur)) {
    if (isExcludedElement(cur)) return true;
    if (checkStyle && styleVerdict(cur) === 'none') return true;
  }
  return false;
}
