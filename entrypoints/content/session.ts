/**
 * One annotation session on a page: annotate the article (annotator.ts), report the article context,
 * answer the side panel, start again on client-side navigation. `stop()` removes every highlight,
 * style and listener at once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntityType } from '@/lib/data/types';
import type { Mention, TextLang } from '@/lib/match/types';
import type { PageContext, TabRequest, TabResponseMap } from '@/lib/messaging/protocol';
import { sendRequest, type Transport } from '@/lib/messaging/send';
import { aggregateMentions } from '@/lib/context/aggregate';
import { isHiddenMention } from '@/lib/card/hidden';
import { hiddenNames } from '@/lib/storage/settings';
import { findArticleRoot, findPublishedDate } from './article';
import { readArticleSignals } from '@/lib/related/signals';
import { Annotator } from './annotator';
import type { Highlight, MentionTarget } from './highlighter';
import { setupCards, type CardController } from './cards';
import { flash } from './flash';
import { createSlicer, isSliceAborted } from './scheduler';
import { readSignalsInSlices } from './signals';

/**
 * After a client-side route change, wait this long before annotating: the navigation event fires as
 * the URL changes, usually before the app has rendered the new article.
 */
export const NAVIGATION_SETTLE_MS = 100;

/** Performance marks around the first pass of each run (visible in DevTools; e2e measures long tasks with them). */
export const MARK_START = 'kontext:annotate:start';
export const MARK_END = 'kontext:annotate:end';

export interface Session {
  start(): Promise<void>;
  stop(): void;
  /** The page moved to another article without a reload: old highlights go, the new article is annotated. */
  navigate(): void;
  handle(message: TabRequest): Promise<TabResponseMap[TabRequest['type']]> | undefined;
  highlights(): readonly Highlight[];
}

const NO_HIGHLIGHTS: readonly Highlight[] = [];

/**
 * The highlights as mentions for the page context: one shared mention per entity and role (the
 * aggregate counts entries, it does not read offsets or text), so a report on a page with 10,000
 * highlights reads no page text and builds no object per highlight.
 */
function contextMentions(highlights: readonly Highlight[]): Mention[] {
  const shared = new Map<MentionTarget, Map<string, Mention>>();
  return highlights.map((h) => {
    let byRole = shared.get(h.target);
    if (!byRole) shared.set(h.target, (byRole = new Map()));
    let mention = byRole.get(h.role ?? '');
    if (!mention) byRole.set(h.role ?? '', (mention = h.toMention()));
    return mention;
  });
}

export function createSession(ctx: ContentScriptContext, send: Transport): Session {
  const abort = new AbortController();
  // One signal for the session: it ends on stop() and when the extension reloads.
  const signal = AbortSignal.any([ctx.signal, abort.signal]);
  let run: { annotator: Annotator; abort: AbortController; root: Element; signals?: PageContext['article'] } | null = null;
  let lang: TextLang = 'ru';
  let cards: CardController | null = null;
  let hiddenTypes = new Set<EntityType>();
  const jumpIndex = new Map<string, number>();
  const highlights = () => run?.annotator.highlights ?? NO_HIGHLIGHTS;

  function context(): Omit<PageContext, 'tabId'> {
    if (run && !run.signals) {
      // Lets the background tell an article from a home page before remembering it (reading history).
      run.signals = readArticleSignals(document, run.root);
    }
    return {
      url: location.href,
      title: document.title,
      published: findPublishedDate(document),
      lang: run?.annotator.lang ?? lang,
      entities: aggregateMentions(contextMentions(highlights())),
      updatedAt: Date.now(),
      article: run?.signals,
    };
  }

  const nextTask = () => new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));

  const report = () => {
    if (signal.aborted) return;
    cards?.refresh(); // highlights changed: keep the keyboard tab stop on a live one
    void sendRequest(send, { type: 'content→bg:page-context', context: context() }).catch(() => {});
  };

  const applyTypeFilter = () => {
    if (!hiddenTypes.size && !highlights().some((h) => h.element.hasAttribute('data-kontext-off'))) return;
    for (const h of highlights()) {
      for (const el of h.elements) el.toggleAttribute('data-kontext-off', hiddenTypes.has(h.target.type));
    }
  };

  /** Starts a run over the article currently on the page. */
  async function begin(): Promise<void> {
    // Names the reader hid ("hide this name" in a card) are never wrapped.
    const hidden = new Set(await hiddenNames.getValue().catch(() => [] as string[]));
    if (signal.aborted) return;
    const runAbort = new AbortController();
    const root = findArticleRoot(document);
    const runSignal = AbortSignal.any([signal, runAbort.signal]);
    const annotator = new Annotator({
      document,
      send,
      signal: runSignal,
      setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
      // Plain rAF: ctx.requestAnimationFrame registers an invalidation listener per call that is never
      // removed (hundreds per long page); a frame after a stop is harmless, the slicer checks `signal`.
      requestFrame: (handler) => requestAnimationFrame(() => handler()),
      keep: (m) => !isHiddenMention(m, hidden),
      onChange: () => {
        applyTypeFilter();
        report();
      },
      onRootLost: () => navigate(),
    });
    const current: NonNullable<typeof run> = { annotator, abort: runAbort, root };
    run = current;
    performance.mark(MARK_START);
    await annotator.start(root);
    const stale = () => run !== current || current.abort.signal.aborted;
    if (stale()) return;
    lang = annotator.lang ?? lang;
    applyTypeFilter();
    // Reading the article signals goes over the whole article's text: in slices of its own, and the report in a task of its own.
    const slicer = createSlicer({ signal: runSignal, setTimeout: (handler, ms) => ctx.setTimeout(handler, ms) });
    try {
      current.signals = await readSignalsInSlices(document, root, async () => {
        if (slicer.shouldYield()) await slicer.yield();
      });
    } catch (error) {
      if (isSliceAborted(error)) return;
      throw error;
    }
    await nextTask();
    if (stale()) return;
    report();
    performance.mark(MARK_END);
  }

  /** Ends the current run, putting the page's text back. */
  function end(): void {
    if (!run) return;
    run.abort.abort();
    run.annotator.dispose();
    run = null;
    jumpIndex.clear();
  }

  function navigate(): void {
    if (signal.aborted) return;
    end();
    report(); // the side panel must not keep showing the previous article's entities
    ctx.setTimeout(() => {
      if (!signal.aborted && !run) void begin().catch((error: unknown) => console.warn('Kontext: annotation failed', error));
    }, NAVIGATION_SETTLE_MS);
  }

  return {
    async start() {
      cards = setupCards(ctx, {
        highlights,
        send,
        signal,
        removeHighlights(predicate) {
          run?.annotator.removeWhere(predicate);
          report();
        },
      });
      // A failed first pass (the background still starting, a stale dataset) must not surface in the page.
      await begin().catch((error: unknown) => console.warn('Kontext: annotation failed', error));
    },
    stop() {
      abort.abort();
      cards?.destroy();
      cards = null;
      end();
    },
    navigate,
    highlights,
    handle(message) {
      switch (message.type) {
        case 'bg→content:get-context':
          return Promise.resolve({ context: context() });
        case 'bg→content:jump': {
          const matches = highlights().filter((h) => h.key === message.key);
          if (!matches.length) return Promise.resolve({ ok: false, count: 0, index: -1 });
          const index = message.index ?? ((jumpIndex.get(message.key) ?? -1) + 1) % matches.length;
          jumpIndex.set(message.key, index);
          const target = matches[index]!.element;
          target.scrollIntoView({ block: 'center', behavior: 'smooth' });
          flash(target);
          return Promise.resolve({ ok: true, count: matches.length, index });
        }
        case 'bg→content:set-filter': {
          hiddenTypes = new Set<EntityType>(message.hidden);
          applyTypeFilter();
          return Promise.resolve({ ok: true as const });
        }
        default:
          return undefined;
      }
    },
  };
}
