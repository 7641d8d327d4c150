/**
 * Pages for the browser half of the bench: the committed fixture pages through the project's own
 * scripts/serve-fixtures.mjs, and the generated 1 MB page from a small in-process server (it is
 * built at run time, so it has no file for serve-fixtures to serve).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export interface Servers {
  demoUrl: string;
  bigUrl: string;
  close(): void;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain news page: one <article>, one <p> per paragraph. */
export function articleHtml(title: string, text: string): string {
  const paras = text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`);
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>\n${paras.join('\n')}\n</article></body></html>`;
}

export async function startServers(bigHtml: string): Promise<Servers> {
  const fixturePort = await freePort();
  const fixtures: ChildProcess = spawn('node', [join('scripts', 'serve-fixtures.mjs'), '--port', String(fixturePort)], { stdio: 'ignore' });
  const big = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(bigHtml);
  });
  await new Promise<void>((r) => big.listen(0, '127.0.0.1', r));
  const bigPort = (big.address() as net.AddressInfo).port;
  const demoUrl = `http://127.0.0.1:${fixturePort}/kazakhstan-today/`;
  await waitForHttp(demoUrl);
  return {
    demoUrl,
    bigUrl: `http://127.0.0.1:${bigPort}/bench-1mb/`,
    close() {
      fixtures.kill();
      big.close();
    },
  };
}
