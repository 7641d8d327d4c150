#!/usr/bin/env node
/** Opens the demo article in Chromium with the built extension (see scripts/demo.sh). */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const port = Number(process.env.KONTEXT_FIXTURE_PORT ?? 4790);
const extDir = path.resolve('.output/chrome-mv3');
const url = `http://127.0.0.1:${port}/kazakhstan-today/`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const server = spawn(process.execPath, ['scripts/serve-fixtures.mjs', '--port', String(port)], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
await new Promise((r) => setTimeout(r, 400));

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontext-demo-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [
    ...(headless ? ['--no-sandbox', '--disable-gpu'] : []),
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
await page.locator('kontext-mention').first().waitFor({ timeout: 20_000 });

if (!headless) {
  console.log(`Kontext is running on ${url} — hover a highlighted name. Close the browser window to end.`);
  await new Promise((resolve) => context.on('close', resolve));
  process.exit(0);
}

const mentions = await page.locator('article kontext-mention').evaluateAll((els) =>
  els.map((el) => ({ text: el.textContent, type: el.getAttribute('data-kontext-type'), entity: el.getAttribute('data-kontext-entity') })),
);
console.log(`Found ${mentions.length} mentions on ${url}:`);
for (const m of mentions) console.log(`  ${m.type}  ${m.text}  →  ${m.entity || '(not in dataset)'}`);

const target = page.locator('kontext-mention[data-kontext-type="PER"]').first();
await target.scrollIntoViewIfNeeded();
await target.hover();
const card = page.locator('kontext-card [role="dialog"]');
await card.waitFor({ timeout: 10_000 });
await page.waitForTimeout(300);
fs.mkdirSync('test-results', { recursive: true });
const shot = path.resolve('test-results/demo-card.png');
await page.screenshot({ path: shot });
console.log(`Screenshot of a hover card: ${path.relative(process.cwd(), shot)}`);
await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
process.exit(0);
