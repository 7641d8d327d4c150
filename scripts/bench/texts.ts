/**
 * The bench's input texts, all derived from committed fixtures so every run sees the same bytes:
 * the demo article, a long Russian article (every Russian gold text in turn) and 1 MB of mixed
 * news (Russian and English gold texts interleaved, repeated until 1 MB). Generated at run time so
 * no megabyte fixture needs committing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitChunks } from '../../lib/extract/chunks';

const EVAL_DIR = join('tests', 'fixtures', 'eval');
const DEMO = join('tests', 'fixtures', 'pages', 'kazakhstan-today', 'article.txt');
const MB = 1024 * 1024;

/** Mirrors MAX_CHUNK_CHARS in entrypoints/content/walker.ts (the walker cuts longer blocks). */
const MAX_CHUNK_CHARS = 4_000;
/** Mirrors CHUNK_BATCH_CHARS in entrypoints/content/session.ts (chunks per annotate message). */
const BATCH_CHARS = 32_000;

export interface BenchText {
  name: string;
  text: string;
}

interface GoldText {
  lang: 'ru' | 'en';
  text: string;
}

function evalTexts(): GoldText[] {
  return readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(EVAL_DIR, f), 'utf8')) as GoldText);
}

/** Russian and English texts alternating, so the mix resembles a multilingual news feed. */
function interleaved(texts: readonly GoldText[]): string[] {
  const ru = texts.filter((t) => t.lang === 'ru').map((t) => t.text);
  const en = texts.filter((t) => t.lang === 'en').map((t) => t.text);
  const out: string[] = [];
  for (let i = 0; i < Math.max(ru.length, en.length); i++) {
    if (i < ru.length) out.push(ru[i]!);
    if (i < en.length) out.push(en[i]!);
  }
  return out;
}

export function loadTexts(): { demo: BenchText; longRu: BenchText; mixed: BenchText; warmup: BenchText } {
  const gold = evalTexts();
  const pool = interleaved(gold);
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < MB; i++) {
    const t = pool[i % pool.length]!;
    parts.push(t);
    bytes += Buffer.byteLength(t, 'utf8') + 2;
  }
  return {
    demo: { name: 'demo article', text: readFileSync(DEMO, 'utf8') },
    longRu: { name: 'long ru article', text: gold.filter((g) => g.lang === 'ru').map((g) => g.text).join('\n\n') },
    mixed: { name: '1 MB mixed news', text: parts.join('\n\n') },
    // JIT warm-up only: the English texts, so no measured Russian article is seen beforehand.
    warmup: { name: 'warm-up', text: gold.filter((g) => g.lang === 'en').map((g) => g.text).join('\n\n') },
  };
}

/** Paragraph chunks as the content script sends them (blank-line paragraphs, cut at 4,000 chars). */
export function pageChunks(text: string): string[] {
  const out: string[] = [];
  for (const { text: para } of splitChunks(text)) {
    for (let rest = para; rest.length > 0; ) {
      const cut = rest.length <= MAX_CHUNK_CHARS ? rest.length : cutPoint(rest);
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
  }
  return out;
}

function cutPoint(text: string): number {
  const space = text.lastIndexOf(' ', MAX_CHUNK_CHARS);
  return space > MAX_CHUNK_CHARS / 2 ? space + 1 : MAX_CHUNK_CHARS;
}

/** Chunks grouped into messages of about 32,000 characters, as the session batches them. */
export function messageBatches(chunks: readonly string[]): string[][] {
  const out: string[][] = [];
  let batch: string[] = [];
  let size = 0;
  for (const c of chunks) {
    batch.push(c);
    size += c.length;
    if (size >= BATCH_CHARS) {
      out.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) out.push(batch);
  return out;
}
