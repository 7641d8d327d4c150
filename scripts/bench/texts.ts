/**
 * The bench's input texts, all derived from committed fixtures so every run sees the same bytes:
 * the demo article, a long Russian article (every Russian gold text in turn) and 1 MB of mixed
 * news (Russian and English gold texts interleaved, repeated until 1 MB). Generated at run time so
 * no megabyte fixture needs committing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitChunks } from '../../lib/extract/chunks';
import { htmlToText } from '../../lib/extract/html';

const EVAL_DIR = join('tests', 'fixtures', 'eval');
const DEMO = join('tests', 'fixtures', 'pages', 'kazakhstan-today', 'article.txt');
const PAGES = join('tests', 'fixtures', 'pages');
/** Russian warm-up: the related-article fixture pages and the start of the generated long page. */
const WARMUP_PAGES = ['related-1', 'related-2', 'related-3', 'related-4', 'related-5'];
const SACRED_LONG = join(PAGES, 'sacred-long', 'source.html');
const WARMUP_LONG_CHARS = 48_000;
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
  const demo: BenchText = { name: 'demo article', text: readFileSync(DEMO, 'utf8') };
  const longRu: BenchText = { name: 'long ru article', text: gold.filter((g) => g.lang === 'ru').map((g) => g.text).join('\n\n') };
  const mixed: BenchText = { name: '1 MB mixed news', text: parts.join('\n\n') };
  const warmup: BenchText = { name: 'warm-up', text: warmupText() };
  assertDisjoint(warmup, [demo, longRu, mixed]);
  return { demo, longRu, mixed, warmup };
}

/**
 * JIT warm-up text, Russian and English, from fixtures no measured text contains: the related-
 * article pages, the first paragraphs of the generated long page, and generated English news.
 * It must reach the same code paths (declension, lemma fallback, roles, English possessives and
 * region cues, unknown names) so the timed passes measure per-article work, not compilation.
 */
function warmupText(): string {
  const ru = WARMUP_PAGES.map((p) => htmlToText(readFileSync(join(PAGES, p, 'source.html'), 'utf8')));
  const long = htmlToText(readFileSync(SACRED_LONG, 'utf8'));
  const cut = long.indexOf('\n\n', WARMUP_LONG_CHARS);
  return [...ru, long.slice(0, cut < 0 ? long.length : cut), englishWarmup()].join('\n\n');
}

/** Deterministic English paragraphs (no randomness: every run warms up on the same bytes). */
function englishWarmup(): string {
  const people = ["Kazakhstan's President Kassym-Jomart Tokayev", 'Serbian President Aleksandar Vucic', 'Maja Gojkovic, head of the Vojvodina government', 'the Tajik deputy foreign minister Nigina Alizoda', 'Prime Minister Olzhas Bektenov', 'Ambassador Hamish Calloway'];
  const places = ['Novi Sad', 'Astana', 'Dushanbe', 'the Batken region', 'Sughd Province', 'Almaty', 'Belgrade', 'Tashkent'];
  const orgs = ['the Eurasian Development Bank', 'the University of Belgrade', 'the Kazakhstan Tennis Federation', 'the Ministry of Foreign Affairs', 'NATO', 'the IMF'];
  const verbs = ['met officials in', 'flew to', 'spoke about investment in', 'opened a trade office in', 'signed a water agreement with partners from'];
  const out: string[] = [];
  for (let i = 0; i < 48; i++) {
    const p = people[i % people.length]!;
    const q = places[(i * 3) % places.length]!;
    const o = orgs[(i * 5) % orgs.length]!;
    const v = verbs[(i * 7) % verbs.length]!;
    out.push(
      `${p.charAt(0).toUpperCase()}${p.slice(1)} ${v} ${q} on day ${i + 1} of the tour. ` +
        `A spokesman for ${o} said the talks with Brannigan Holt and Dr. Ottoline Farquhar would continue in ${places[(i + 1) % places.length]!}. ` +
        `Analysts at ${orgs[(i + 2) % orgs.length]!} expect ${q}'s exports to grow.`,
    );
  }
  return out.join('\n\n');
}

/** Throws when a warm-up sentence occurs in a measured text: that text would then be pre-warmed. */
function assertDisjoint(warmup: BenchText, measured: readonly BenchText[]): void {
  const sentences = warmup.text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length >= 24);
  for (const t of measured) {
    const hit = sentences.find((s) => t.text.includes(s));
    if (hit) throw new Error(`bench warm-up overlaps the measured ${t.name}: «${hit}»`);
  }
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
