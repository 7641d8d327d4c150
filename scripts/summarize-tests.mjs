#!/usr/bin/env node
/** Adds up unit and e2e results (and failed non-test steps) into one "N passed, N failed" line. */
import fs from 'node:fs';

const [failedStepCount = '0', failedSteps = ''] = process.argv.slice(2);
let passed = 0;
let failed = Number(failedStepCount);

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numPendingTests ?? 0} skipped`);
}
const e2e = read('test-results/e2e-results.json');
if (e2e?.stats) {
  const s = e2e.stats;
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  console.log(`e2e: ${(s.expected ?? 0) + (s.flaky ?? 0)} passed (${s.flaky ?? 0} flaky), ${s.unexpected ?? 0} failed, ${s.skipped ?? 0} skipped`);
}
if (failedSteps.trim()) console.log(`failed steps: ${failedSteps}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
