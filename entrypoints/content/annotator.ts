/**
 * One annotation run over one article (a page load, or one SPA route): walks text in time slices,
 * sends it to the background in bounded batches, wraps the mentions it gets back, then keeps
 * following the page as it changes. `dispose()` puts the page back exactly as it was.
 */
import type { Mention, TextLang } from '@/lib/match/types';
import { sendRequest, type Transport } from '@/lib/messaging/send';
import { composedParent, isKontextElement } from './exclude';
import { HighlightStyles, sameOriginDocument } from './frames';
import { findArticleRoot, storyRegionsIn } from './article';
import { Targets, unwrapHighlights, type Highlight } from './highlighter';
import { FrameShare, wrapPaced, type PacedWrapOptions } from './paced-wrap';
import { BatchPlan, isOnOrBelowScreen } from './batch-plan';
import { watchMutations, type MutationBatch, type MutationWatch } from './observer';
import { Pieces } from './pieces';
import { createSlicer, isSliceAborted, type Slicer } from './scheduler';
import { walkChunks } from './walker';
import { blockRegionOf, outermost } from './regions';

export { BATCH_CHARS } from './batch-plan';

export interface AnnotatorOptions {
  document: Document;
  send: Transport;
  /** Aborts when the run ends (navigation, switch-off, extension reload). */
  signal: AbortSignal;
  setTimeout: (handler: () => void, ms: number) => unknown;
  /** `ctx.requestAnimationFrame`: wrapping waits for a rendered frame between slices. */
  requestFrame?: (handler: () => void) => unknown;
  /** Mentions the reader chose not to see ("hide this name"). */
  keep?: (mention: Mention) => boolean;
  /** Called after a dynamic pass changed the highlights (to report the new context). */
  onChange?: () => void;
  /** Called when the article root left the page (a client-side route swapped it out). */
  onRootLost?: () => void;
  /** Ask CSS about visibility (off in DOM-less unit tests). */
  checkStyle?: boolean;
}

export class Annotator {
  readonly highlights: Highlight[] = [];
  lang: TextLang | null = null;
  private readonly seen = new WeakSet<Text>();
  private readonly pieces = new Pieces((head, tail) => {
    if (this.seen.has(head)) this.seen.add(tail);
  });
  /** Per-entity data shared by all highlights of the run. */
  private readonly targets = new Targets();
  private readonly hidden = new Set<Element>();
  private readonly scopes = new Set<Node>();
  private readonly frames = new WeakSet<Element>();
  private readonly frameDocs = new WeakSet<Document>();
  private readonly styles: HighlightStyles;
  private readonly slicer: Slicer;
  private readonly watch: MutationWatch;
  private nextId = 0;
  private queue: Promise<void> = Promise.resolve();
  private root: Element | null = null;

  constructor(private readonly options: AnnotatorOptions) {
    this.styles = new HighlightStyles(options.document);
    this.slicer = createSlicer({
      signal: options.signal,
      setTimeout: options.setTimeout,
      requestFrame: options.requestFrame,
      rendering: () => options.document.visibilityState !== 'hidden',
    });
    this.watch = watchMutations({
      signal: options.signal,
      setTimeout: options.setTimeout,
      clearTimeout: (id) => clearTimeout(id as number),
      onBatch: (batch) => void this.enqueue(() => this.applyBatch(batch)),
      onRecords: (records) => this.repairNow(records),
    });
  }

  /** Longest slice of work so far, ms. */
  get longestSliceMs(): number {
    return this.slicer.longestSliceMs;
  }

  /** Annotates the article under `root` and starts following changes. Resolves when the first pass is done. */
  start(root: Element): Promise<void> {
    this.root = root;
    this.scopes.add(root);
    this.watch.observe(this.options.document);
    return this.enqueue(() => this.pass([root], true));
  }

  /** Removes the highlights matching `predicate` and merges their text back. */
  removeWhere(predicate: (h: Highlight) => boolean): void {
    const gone = this.highlights.filter(predicate);
    if (!gone.length) return;
    const parents = new Set(gone.flatMap((h) => h.elements.map((el) => el.parentNode).filter((p): p is ParentNode => p !== null)));
    this.watch.quiet(() => unwrapHighlights(gone, this.pieces, parents));
    this.retain((h) => !gone.includes(h));
  }

  /** Ends the run: stops watching and removes every highlight and added style, restoring the text nodes. */
  dispose(): void {
    this.watch.disconnect();
    unwrapHighlights(this.highlights, this.pieces);
    this.highlights.length = 0;
    this.styles.dispose();
    this.hidden.clear();
    this.scopes.clear();
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work).catch((error: unknown) => {
      if (!isSliceAborted(error) && !this.options.signal.aborted) throw error;
    });
    // Later work waits for this one, whether it failed or not.
    this.queue = run.catch(() => undefined);
    return run;
  }

  private retain(keep: (h: Highlight) => boolean): void {
    const kept = this.highlights.filter(keep);
    this.highlights.length = 0;
    this.highlights.push(...kept);
  }

  /**
   * Walks `roots` (and frames met on the way) in slices, sending each full batch at once so the
   * background recognizes while the walk goes on; then wraps the replies. Walking first and writing
   * after keeps style reads (visibility checks) from forcing a style recalculation per batch. The
   * part of the article on screen goes first (batches above it are held back until it is sent), so
   * a reader scrolled into a long page sees highlights where they are reading first.
   */
  private async pass(roots: Node[], screenFirst = false): Promise<void> {
    const queue = [...roots];
    const plan = new BatchPlan((chunks) => {
      const reply = sendRequest(this.options.send, { type: 'content→bg:annotate', chunks: chunks.map((c) => ({ id: c.id, text: c.text })), lang: 'auto' });
      reply.catch(() => undefined); // awaited below; this only stops an early failure going unhandled
      return reply;
    });
    for (let root = queue.shift(); root; root = queue.shift()) {
      const frames: Element[] = [];
      const chunks = walkChunks(root, {
        nextId: () => this.nextId++,
        checkStyle: this.options.checkStyle,
        seen: this.seen,
        pieces: this.pieces,
        onHidden: (el) => this.hidden.add(el),
        onFrame: (el) => frames.push(el),
        onShadowRoot: (shadow) => this.adopt(shadow),
      });
      for (;;) {
        if (this.slicer.shouldYield()) await this.slicer.yield();
        // Splitting an over-long text node is a change of ours: keep it out of the observer.
        const step = this.watch.quiet(() => chunks.next());
        if (step.done) break;
        // Only the first pass looks for the screen: later passes are small, and layout may be dirty then.
        if (step.value) plan.add(step.value, !screenFirst || this.options.checkStyle === false || plan.onScreen || isOnOrBelowScreen(step.value));
      }
      queue.push(...frames.flatMap((frame) => this.frameRoots(frame)));
    }
    const base = this.highlights.length;
    const share = new FrameShare();
    // Taken off the plan as they are wrapped, so each batch's text and node lists can go at once.
    for (let next = plan.next(); next; next = plan.next()) {
      const reply = await next.reply;
      this.slicer.resume();
      this.lang = reply.lang;
      const made = await wrapPaced(next.chunks, reply.chunks, this.wrapOptions(), share, base + plan.madeBefore(next.index));
      plan.done(next.index, made);
    }
  }

  private wrapOptions(): PacedWrapOptions {
    return {
      slicer: this.slicer,
      pieces: this.pieces,
      targets: this.targets,
      keep: this.options.keep ?? (() => true),
      quiet: (change) => this.watch.quiet(change),
      into: this.highlights,
    };
  }

  private adopt(target: ShadowRoot | Document): void {
    this.styles.ensure(target);
    this.watch.observe(target);
    this.scopes.add(target);
  }

  /** The article root of a same-origin frame, once per frame document; re-annotated when the frame loads again. */
  private frameRoots(frame: Element): Node[] {
    if (!this.frames.has(frame)) {
      this.frames.add(frame);
      frame.addEventListener('load', () => this.enqueue(() => this.pass(this.frameRoots(frame))), {
        signal: this.options.signal,
      });
    }
    const doc = sameOriginDocument(frame);
    if (!doc || this.frameDocs.has(doc)) return [];
    this.frameDocs.add(doc);
    this.adopt(doc);
    return [findArticleRoot(doc)];
  }

  /** Brings a batch of page changes up to date: new text annotated, changed text re-annotated. */
  private async applyBatch(batch: MutationBatch): Promise<void> {
    if (this.root && !this.root.isConnected) {
      this.options.onRootLost?.();
      return;
    }
    const regions: Node[] = [];
    const reset: Node[] = [];
    for (const text of batch.changedText) {
      if (!text.isConnected) continue;
      const block = blockRegionOf(text);
      if (block) (this.seen.has(text) || this.pieces.has(text) ? reset : regions).push(block);
    }
    for (const node of batch.added) {
      const region = node.nodeType === 3 ? composedParent(node) : node;
      if (region?.isConnected) regions.push(region);
    }
    for (const target of batch.attributeTargets) {
      for (const el of this.hidden) {
        if (target === el || target.contains(el)) {
          this.hidden.delete(el);
          regions.push(el);
        }
      }
    }
    const before = this.highlights.length;
    for (const block of outermost(reset)) this.resetRegion(block);
    if (batch.removed || reset.length) this.retain((h) => h.elements.every((el) => el.isConnected));
    const inScope = outermost([...reset, ...regions].flatMap((node) => this.scoped(node)));
    if (inScope.length) await this.pass(inScope);
    if (this.highlights.length !== before || batch.removed) this.options.onChange?.();
  }

  /**
   * A framework that owns a text node Kontext split updates or removes that node as a whole; the
   * pieces holding the rest of its old text must then go at once, or the old words would stay visible.
   */
  private repairNow(records: MutationRecord[]): void {
    const replaced: Text[] = [];
    for (const record of records) {
      if (record.type === 'characterData' && this.pieces.isOrigin(record.target)) replaced.push(record.target as Text);
      if (record.type !== 'childList') continue;
      for (const node of Array.from(record.removedNodes)) {
        if (node.nodeType === 3 && this.pieces.isOrigin(node)) replaced.push(node as Text);
      }
    }
    if (!replaced.length) return;
    this.watch.quiet(() => {
      for (const origin of replaced) {
        for (const parent of this.pieces.drop(origin)) {
          if (parent.nodeType === 1 && isKontextElement(parent as Element) && !parent.firstChild) (parent as Element).remove();
        }
      }
    });
  }

  /** Unwraps a region whose text the page changed, so it is annotated afresh. */
  private resetRegion(region: Node): void {
    const inside = this.highlights.filter((h) => h.elements.some((el) => region.contains(el)));
    this.watch.quiet(() => unwrapHighlights(inside, this.pieces, region));
    this.retain((h) => !inside.includes(h));
    const doc = region.ownerDocument ?? this.options.document;
    const walker = doc.createTreeWalker(region, 0x4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) this.seen.delete(node as Text);
  }

  /** The parts of `node` that belong to the article being read. */
  private scoped(node: Node): Node[] {
    for (const scope of this.scopes) if (scope.contains(node)) return [node];
    return storyRegionsIn(node);
  }
}
