// @vitest-environment happy-dom
/**
 * The annotation run against a fake background: batches stay bounded, page changes are picked up
 * (and Kontext's own are not), text the page replaces is re-annotated, and dispose() restores the page.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Mention } from '@/lib/match/types';
import type { TextChunk } from '@/lib/messaging/protocol';
import { Annotator, BATCH_CHARS } from '@/entrypoints/content/annotator';
import { MUTATION_DEBOUNCE_MS } from '@/entrypoints/content/observer';

const NAME = 'Таджикистан';

/** A background that finds every occurrence of NAME, and records what it was sent. */
function fakeBackground() {
  const batches: TextChunk[][] = [];
  const send = async (message: unknown) => {
    const { chunks } = message as { chunks: TextChunk[] };
    batches.push(chunks);
    return {
      lang: 'ru',
      chunks: chunks.map((c) => {
        const mentions: Mention[] = [];
        for (let i = c.text.indexOf(NAME); i >= 0; i = c.text.indexOf(NAME, i + 1)) {
          mentions.push({ start: i, end: i + NAME.length, type: 'LOC', text: NAME, entityId: 'country:TJ', name: NAME, score: 1 });
        }
        return { id: c.id, mentions };
      }),
    };
  };
  return { send, batches };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, MUTATION_DEBOUNCE_MS * 2 + 50));
const abort = new AbortController();
let annotator: Annotator | null = null;

function setup(html: string) {
  document.body.innerHTML = html; // test fixture markup, not page text
  const background = fakeBackground();
  annotator = new Annotator({
    document,
    send: background.send,
    signal: abort.signal,
    setTimeout: (handler, ms) => setTimeout(handler, ms),
    checkStyle: false,
  });
  return { background, annotator };
}

afterEach(() => {
  annotator?.dispose();
  annotator = null;
});

describe('Annotator', () => {
  test('annotates the article, in batches of bounded size', async () => {
    const paragraph = `<p>Посол Казахстана в ${NAME}е и снова ${NAME}. ${'Длинный текст новости. '.repeat(40)}</p>`;
    const { background, annotator } = setup(`<article>${paragraph.repeat(200)}</article>`);
    await annotator.start(document.querySelector('article')!);
    expect(annotator.highlights.length).toBe(400);
    expect(background.batches.length).toBeGreaterThan(1);
    for (const batch of background.batches) {
      const size = batch.reduce((n, c) => n + c.text.length, 0);
      expect(size).toBeLessThan(BATCH_CHARS + 4_000);
    }
  });

  test('picks up added text once, ignores its own wrapping, re-annotates replaced text', async () => {
    const { background, annotator } = setup(`<article><p id="a">В ${NAME}е тихо.</p></article>`);
    await annotator.start(document.querySelector('article')!);
    expect(annotator.highlights.length).toBe(1);
    const sentAfterStart = background.batches.length;
    await settle();
    expect(background.batches.length).toBe(sentAfterStart); // wrapping did not trigger another pass

    const p = document.createElement('p');
    p.id = 'b';
    p.textContent = `Новости: ${NAME} и ${NAME}.`;
    document.querySelector('article')!.append(p);
    await settle();
    expect(document.querySelectorAll('#b kontext-mention').length).toBe(2);
    expect(annotator.highlights.length).toBe(3);

    // A framework replaces a paragraph's text: the old highlights go, the new text is annotated.
    document.getElementById('a')!.textContent = `Снова ${NAME}!`;
    await settle();
    expect(document.getElementById('a')!.textContent).toBe(`Снова ${NAME}!`);
    expect(document.querySelectorAll('#a kontext-mention').length).toBe(1);
    expect(annotator.highlights.every((h) => h.elements.every((el) => el.isConnected))).toBe(true);
  });

  test('a text node updated in place after a split shows exactly its new text', async () => {
    const { annotator } = setup(`<article><p id="live">Сегодня ${NAME} отмечает праздник.</p></article>`);
    const live = document.getElementById('live')!;
    const node = live.firstChild as Text; // held by the "framework"
    await annotator.start(document.querySelector('article')!);
    expect(live.querySelectorAll('kontext-mention').length).toBe(1);
    node.data = `Завтра в ${NAME} дождь.`;
    await Promise.resolve(); // the observer's repair runs before the next paint
    await settle();
    expect(live.textContent).toBe(`Завтра в ${NAME} дождь.`);
    expect(live.querySelectorAll('kontext-mention').length).toBe(1);
  });

  test('dispose() removes every highlight and restores the original text nodes', async () => {
    const { annotator } = setup(`<article><p>Один ${NAME}, два ${NAME}, <b>три ${NAME}</b>.</p></article>`);
    const before = Array.from(document.querySelectorAll('p, b')).map((el) => Array.from(el.childNodes));
    await annotator.start(document.querySelector('article')!);
    expect(document.querySelectorAll('kontext-mention').length).toBe(3);
    annotator.dispose();
    expect(document.querySelectorAll('kontext-mention').length).toBe(0);
    const after = Array.from(document.querySelectorAll('p, b')).map((el) => Array.from(el.childNodes));
    expect(after).toEqual(before);
  });
});
