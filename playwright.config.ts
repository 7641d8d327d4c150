import { defineConfig } from '@playwright/test';

export const FIXTURE_PORT = Number(process.env.KONTEXT_FIXTURE_PORT ?? 4789);

export default defineConfig({
  timeout: 45_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  outputDir: 'test-results/e2e',
  projects: [
    // The Chrome build in Debian's Chromium (Playwright loads the unpacked extension).
    { name: 'chromium', testDir: './tests/e2e' },
    // The Firefox build in Debian's Firefox ESR, over Marionette (tests/firefox/support).
    { name: 'firefox', testDir: './tests/firefox' },
  ],
  webServer: {
    command: `node scripts/serve-fixtures.mjs --port ${FIXTURE_PORT}`,
    url: `http://127.0.0.1:${FIXTURE_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 10_000,
  },
});
