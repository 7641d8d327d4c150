#!/usr/bin/env node
/**
 * Serves the fixture pages in tests/fixtures/pages on 127.0.0.1 (never on other interfaces).
 * `/<site>/` serves `<site>/source.html`; other paths map to files under the pages folder.
 * A `headers.json` beside a page adds response headers (e.g. a strict Content-Security-Policy).
 * `/__slow.js?ms=N` answers an empty script after N ms (at most 10 s): a page that stays loading.
 * Usage: node scripts/serve-fixtures.mjs [--port 4789]
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/pages');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const PORT = Number(portArg >= 0 ? args[portArg + 1] : (process.env.KONTEXT_FIXTURE_PORT ?? 4789));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

function resolve(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  let file = path.normalize(path.join(ROOT, clean));
  if (!file.startsWith(ROOT)) return null; // no escaping the fixtures folder
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'source.html');
  return fs.existsSync(file) ? file : null;
}

function extraHeaders(file) {
  const sidecar = path.join(path.dirname(file), 'headers.json');
  return fs.existsSync(sidecar) ? JSON.parse(fs.readFileSync(sidecar, 'utf8')) : {};
}

const server = http.createServer((req, res) => {
  if (req.url === '/') {
    const sites = fs.readdirSync(ROOT).filter((d) => fs.existsSync(path.join(ROOT, d, 'source.html')));
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    res.end(`<!doctype html><meta charset="utf-8"><title>Kontext fixtures</title><ul>${sites
      .map((s) => `<li><a href="/${s}/">${s}</a></li>`)
      .join('')}</ul>`);
    return;
  }
  if (req.url?.startsWith('/__slow.js')) {
    const ms = Math.min(10_000, Math.max(0, Number(new URL(req.url, 'http://x').searchParams.get('ms')) || 0));
    setTimeout(() => {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
      res.end('/* answered late */\n');
    }, ms);
    return;
  }
  const file = resolve(req.url ?? '/');
  if (!file) {
    res.writeHead(404, { 'content-type': TYPES['.txt'] });
    res.end('not found');
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...extraHeaders(file) });
  fs.createReadStream(file).pipe(res);
});

server.listen(PORT, '127.0.0.1', () => {
  console.log(`Fixture pages on http://127.0.0.1:${PORT}/`);
});
