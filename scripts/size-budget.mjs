#!/usr/bin/env node
/**
 * Size budgets (issue: performance): the content-script bundle under 100 KB, the zipped Chrome
 * extension under 8 MB, the shipped dataset + index under 6 MB.
 */
import fs from 'node:fs';
import path from 'node:path';

const budgets = [];
const KB = 1024;
const MB = 1024 * 1024;

function dirSize(dir) {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const p = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? dirSize(p) : fs.statSync(p).size);
  }, 0);
}

// Every page gets both content scripts (prepare.js at document_start, content.js at document_idle).
const scripts = ['content.js', 'prepare.js'].map((f) => `.output/chrome-mv3/content-scripts/${f}`);
const scriptBytes = scripts.reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : NaN), 0);
budgets.push({ name: 'content scripts (content.js + prepare.js)', bytes: scriptBytes, limit: 100 * KB });
budgets.push({ name: 'dataset + index', bytes: dirSize('assets/public/dataset'), limit: 6 * MB });
const zips = fs.existsSync('.output') ? fs.readdirSync('.output').filter((f) => f.endsWith('-chrome.zip')) : [];
if (zips.length) budgets.push({ name: 'chrome zip', bytes: fs.statSync(path.join('.output', zips.sort().at(-1))).size, limit: 8 * MB });

let ok = true;
for (const b of budgets) {
  const pass = Number.isFinite(b.bytes) && b.bytes <= b.limit;
  ok &&= pass;
  console.log(`${pass ? 'ok  ' : 'OVER'} ${b.name}: ${(b.bytes / KB).toFixed(1)} KB (budget ${(b.limit / KB).toFixed(0)} KB)`);
}
process.exit(ok ? 0 : 1);
