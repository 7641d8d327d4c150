/**
 * One annotation session on a page: collect text, ask the background for mentions, wrap them,
 * report the article context, answer the side panel. `stop()` removes every highlight and listener.
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
import { collectChunks, type Chunk } from './walker';
import { unwrapAll, unwrapHighlight, wrapMentions, type Highlight } from './highlighter';
import { setupCards, type CardController } from './cards';
import { flash } from './flash';

/** Chunks per message: large enough to amortize messaging, small enough to keep the page responsive. */
const CHUNK_BATCH_CHARS = 32_000;

export interface Session {
  start(): Promise<void>;
  stop(): void;
  handle(message: TabRequest): Promise<TabResponseMap[TabRequest['type']]> | undefined;
  highlights(): readonly Highlight[];
}

export function createSession(ctx: ContentScriptContext, send: Transport): Session {
  const highlights: Highlight[] = [];
  const abort = new AbortController();
  let root: Element | null = null;
  let lang: TextLang = 'ru';
  let cards: CardController | null = null;
  const jumpIndex = new Map<string, number>();

  function context(): Omit<PageContext, 'tabId'> {
    const mentions: Mention[] = highlights.map((h) => h.mention);
    return {
      url: location.href,
      title: document.title,
      published: findPublishedDate(document),
      lang,
      entities: aggregateMentions(mentions),
      updatedAt: Date.now(),
      // Lets the background tell an article from a home page before remembering it (reading history).
      article: root ? readArticleSignals(document, root) : undefined,
    };
  }

  async function annotate(chunks: Chunk[]): Promise<void> {
    // Names the reader hid ("hide this name" in a card) are never wrapped.
    const hidden = new Set(await hiddenNames.getValue().catch(() => [] as string[]));
    for (const batch of batches(chunks)) {
      if (abort.signal.aborted || ctx.isInvalid) return;
      const reply = await sendRequest(send, {
        type: 'content→bg:annotate',
        chunks: batch.map((c) => ({ id: c.id, text: c.text })),
        lang: 'auto',
      });
      if (abort.signal.aborted) return;
      lang = reply.lang;
      const byId = new Map(batch.map((c) => [c.id, c]));
      for (const annotated of reply.chunks) {
        const chunk = byId.get(annotated.id);
        if (chunk) highlights.push(...wrapMentions(chunk, annotated.mentions.filter((m) => !isHiddenMention(m, hidden))));
      }
    }
  }

  return {
    async start() {
      root = findArticleRoot(document);
      const chunks = collectChunks(root);
      await annotate(chunks);
      if (abort.signal.aborted) return;
      cards = setupCards(ctx, {
        highlights: () => highlights,
        send,
        signal: abort.signal,
        removeHighlights(predicate) {
          for (let i = highlights.length - 1; i >= 0; i--) {
            if (!predicate(highlights[i]!)) continue;
            unwrapHighlight(highlights[i]!);
            highlights.splice(i, 1);
          }
          void sendRequest(send, { type: 'content→bg:page-context', context: context() }).catch(() => {});
        },
      });
      await sendRequest(send, { type: 'content→bg:page-context', context: context() }).catch(() => {});
    },
    stop() {
      abort.abort();
      cards?.destroy();
      if (root) unwrapAll(root);
      highlights.length = 0;
    },
    highlights: () => highlights,
    handle(message) {
      switch (message.type) {
        case 'bg→content:get-context':
          return Promise.resolve({ context: context() });
        case 'bg→content:jump': {
          const matches = highlights.filter((h) => h.key === message.key);
          if (!matches.length) return Promise.resolve({ ok: false, count: 0, index: -1 });
          const index = message.index ?? ((jumpIndex.get(message.key) ?? -1) + 1) % matches.length;
          jumpIndex.set(message.key, index);
          const target = matches[index]!.elements[0]!;
          target.scrollIntoView({ block: 'center', behavior: 'smooth' });
          flash(target);
          return Promise.resolve({ ok: true, count: matches.length, index });
        }
        case 'bg→content:set-filter': {
          const hidden = new Set<EntityType>(message.hidden);
          for (const h of highlights) {
            for (const el of h.elements) el.toggleAttribute('data-kontext-off', hidden.has(h.mention.type));
          }
          return Promise.resolve({ ok: true as const });
        }
        default:
          return undefined;
      }
    },
  };
}

function* batches(chunks: Chunk[]): Generator<Chunk[]> {
  let batch: Chunk[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.text.length;
    if (size >= CHUNK_BATCH_CHARS) {
      yield batch;
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield batch;
}
