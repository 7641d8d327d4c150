// @vitest-environment happy-dom
/** The sliced signal reader gives exactly what lib/related/signals.ts reads in one go. */
import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readArticleSignals } from '@/lib/related/signals';
import { readSignalsInSlices } from '@/entrypoints/content/signals';

function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

const pages = fs.readdirSync(path.resolve('tests/fixtures/pages')).flatMap((site) => {
  const file = path.resolve('tests/fixtures/pages', site, 'source.html');
  const html = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  // happy-dom loads no frames and no declarative shadow roots: those pages are for e2e.
  return html && !/<iframe|shadowrootmode/i.test(html) ? [[site, html] as const] : [];
});

const made = [
  ['no headline, short paragraphs, odd whitespace', `<body><main>  <p> a\u00a0 b </p>\n<div>\t</div><span>c</span>${'<p>x</p>'.repeat(40)}  </main></body>`],
  ['headline only in the page, long paragraph before it', `<body><h1> Outside  </h1><main><p>${'слово '.repeat(30)}</p><h2>x</h2></main></body>`],
  ['meta description and og:title win', `<head><meta name="description" content=" Описание "><meta property="og:title" content="Заголовок"></head><body><article><h1>H</h1><p>${'long text '.repeat(12)}</p></article></body>`],
  ['whitespace-only nodes between words', '<body><main>a<b> </b>b<i>\n</i><i></i>c </main></body>'],
] as const;

test.each([...pages, ...made])('%s', async (name, html) => {
  const doc = load(html);
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  let pauses = 0;
  const sliced = await readSignalsInSlices(doc, root, async () => void pauses++);
  expect(sliced).toEqual(readArticleSignals(doc, root));
  if (name === 'sacred-long') expect(pauses).toBeGreaterThan(50); // the 1 MB page is read in many steps
});
