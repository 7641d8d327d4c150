#!/usr/bin/env node
/** Runs web-ext lint on a Firefox build and fails on any error (warnings are printed, not fatal). */
import { execFileSync } from 'node:child_process';

const dir = process.argv[2] ?? '.output/firefox-mv2';
let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch (error) {
  output = error.stdout; // web-ext exits non-zero when it finds errors; the JSON is still printed
}
const report = JSON.parse(output);
for (const kind of ['errors', 'warnings']) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
process.exit(report.summary.errors > 0 ? 1 : 0);
