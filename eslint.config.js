import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'assets/dataset/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Node scripts (fixture server, demo, CI helpers).
    files: ['scripts/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts of the fixture pages run in the page, like a real site's scripts.
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Playwright fixtures take no options object: `async ({}, use)` is its documented shape.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // The pure core must not touch the DOM or extension APIs: it runs in Node (CLI, tests) too.
    files: ['lib/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'localStorage'],
    },
  },
);
