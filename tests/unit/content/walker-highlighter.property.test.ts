// @vitest-environment happy-dom
/**
 * Property-based tests of the DOM walker and highlighter over generated documents: they never
 * throw, never enter excluded elements, never change the text, and unwrapping gives back the very
 * same text nodes.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Mention } from '@/lib/match/types';
import { collectChunks, MAX_CHUNK_CHARS, type Chunk } from '@/entrypoints/content/walker';
import { unwrapHighlights, wrapMentions, MENTION_TAG, type Highlight } from '@/entrypoints/content/highlighter';
import { isExcludedElement } from '@/entrypoints/content/exclude';
import { Pieces } from '@/entrypoints/content/pieces';

type Tree = { tag: string; attrs: Record<string, string>; children: Tree[] } | { text: string };

const TEXTS = [
  'Валихан Туреханов', ' посол Казахстана в Таджикистане ', 'Нови-Сад', 'Майя Гойкович', ' и ', '. ', '\n',
  '<script>alert(1)</script>', '" onerror="x()', 'javascript:alert(1)', '\u202EТуреханов\u202C', 'Тaджикистан',
  'Ｔ', '\u200B', '😀', '  ', 'a', 'слово',
];
const VISIBLE_TAGS = ['p', 'div', 'span', 'a', 'b', 'em', 'section', 'article', 'li', 'h2', 'br', 'blockquote'];
const EXCLUDED: { tag: string; attrs: Record<string, string> }[] = [
  { tag: 'code', attrs: {} }, { tag: 'pre', attrs: {} }, { tag: 'script', attrs: {} }, { tag: 'style', attrs: {} },
  { tag: 'textarea', attrs: {} }, { tag: 'button', attrs: {} }, { tag: 'noscript', attrs: {} },
  { tag: 'div', attrs: { contenteditable: 'true' } }, { tag: 'div', attrs: { contenteditable: '' } },
  { tag: 'p', attrs: { hidden: '' } }, { tag: 'span', attrs: { 'aria-hidden': 'true' } },
  { tag: 'div', attrs: { role: 'textbox' } }, { tag: 'kontext-card', attrs: {} }, { tag: 'kontext-mention', attrs: {} },
  { tag: 'div', attrs: { style: 'display: none' } }, { tag: 'span', attrs: { style: 'visibility: hidden' } },
];

const textArb = fc.array(fc.constantFrom(...TEXTS), { minLength: 1, maxLength: 4 }).map((parts) => ({ text: parts.join('') }));
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.record({
      tag: fc.constantFrom(...VISIBLE_TAGS),
      attrs: fc.constant<Record<string, string>>({}),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
    fc.constantFrom(...EXCLUDED).chain((ex) =>
      fc.array(tie('node'), { maxLength: 3 }).map((children) => ({ tag: ex.tag, attrs: ex.attrs, children })),
    ),
  ),
})).node;

function build(tree: Tree, doc: Document): Node {
  if ('text' in tree) return doc.createTextNode(tree.text);
  const el = doc.createElement(tree.tag);
  for (const [name, value] of Object.entries(tree.attrs)) el.setAttribute(name, value);
  // Void elements keep no children, as in a parsed page.
  if (tree.tag !== 'br') for (const child of tree.children) el.appendChild(build(child, doc));
  return el;
}

function mount(trees: Tree[]): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('main');
  for (const tree of trees) root.appendChild(build(tree, document));
  document.body.appendChild(root);
  return root;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function insideExcluded(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (isExcludedElement(el)) return true;
    if (/display:\s*none/.test(el.getAttribute('style') ?? '')) return true;
  }
  // visibility:hidden hides text directly inside (a descendant could make itself visible again).
  return /visibility:\s*hidden/.test(node.parentElement?.getAttribute('style') ?? '');
}

/** Mentions at random offsets of a chunk (may overlap, may cross node boundaries). */
function randomMentions(chunk: Chunk, seeds: readonly [number, number][]): Mention[] {
  const n = chunk.text.length;
  if (!n) return [];
  return seeds.map(([a, b]) => {
    const start = a % n;
    const end = Math.min(n, start + 1 + (b % 30));
    return { start, end, type: 'PER', text: chunk.text.slice(start, end), entityId: null, name: 'x', score: 1 };
  });
}

const docArb = fc.array(treeArb, { minLength: 1, maxLength: 5 });
const seedsArb = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 });
const RUNS = { numRuns: 150 };

describe('walker and highlighter over generated documents', () => {
  test('the walker never throws, never enters excluded elements, and chunks mirror the text nodes', () => {
    fc.assert(
      fc.property(docArb, (trees) => {
        const root = mount(trees);
        let id = 0;
        const chunks = collectChunks(root, { nextId: () => id++, checkStyle: true });
        for (const chunk of chunks) {
          expect(chunk.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS + chunk.segments.length);
          for (const seg of chunk.segments) {
            expect(insideExcluded(seg.node, root)).toBe(false);
            expect(chunk.text.startsWith(seg.node.data, seg.start)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  test('wrapping random spans keeps textContent; unwrapping restores the same text nodes', () => {
    fc.assert(
      fc.property(docArb, fc.array(seedsArb, { maxLength: 8 }), (trees, seedLists) => {
        const root = mount(trees);
        const before = document.body.textContent;
        const nodesBefore = textNodes(document.body);
        let id = 0;
        const pieces = new Pieces();
        const chunks = collectChunks(root, { nextId: () => id++, checkStyle: true, pieces });
        const highlights: Highlight[] = [];
        chunks.forEach((chunk, i) => {
          highlights.push(...wrapMentions(chunk, randomMentions(chunk, seedLists[i] ?? []), pieces));
        });
        expect(document.body.textContent).toBe(before);
        const ours = highlights.flatMap((h) => h.elements);
        for (const el of ours) {
          expect(insideExcluded(el, root)).toBe(false);
          // Highlights never nest, and hold only text.
          expect(el.parentElement?.closest(MENTION_TAG) ?? null).toBe(null);
          expect(Array.from(el.childNodes).every((n) => n.nodeType === 3)).toBe(true);
        }

        unwrapHighlights(highlights, pieces);
        expect(document.body.textContent).toBe(before);
        const nodesAfter = textNodes(document.body);
        expect(nodesAfter.length).toBe(nodesBefore.length);
        nodesAfter.forEach((node, i) => expect(node).toBe(nodesBefore[i]));
      }),
      RUNS,
    );
  });

  test('stale chunks and mentions with wrong offsets are skipped, never thrown on', () => {
    fc.assert(
      fc.property(docArb, fc.array(fc.tuple(fc.integer({ min: -5, max: 200 }), fc.integer({ min: -5, max: 200 })), { maxLength: 6 }), (trees, spans) => {
        const root = mount(trees);
        const before = document.body.textContent;
        let id = 0;
        const chunks = collectChunks(root, { nextId: () => id++, checkStyle: false });
        for (const chunk of chunks) {
          const mentions = spans.map(([start, end]) => ({ start, end, type: 'LOC' as const, text: 'nope', entityId: 'x', name: 'x', score: 1 }));
          expect(wrapMentions(chunk, mentions)).toEqual([]);
        }
        expect(document.body.textContent).toBe(before);
      }),
      RUNS,
    );
  });
});
