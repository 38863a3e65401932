import { register } from 'node:module';
import { defineConfig } from '@playwright/test';

// Lets the specs import lib/analysis (plain JSON imports) to compare the page with the engine run in Node.
register('./tests/e2e/support/json-hooks.mjs', import.meta.url);

// The extension is built by `wxt build` before `playwright test` (see package.json's test:e2e);
// the fixtures in tests/e2e/support load it from .output/chrome-mv3 into the system's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // One browser with an extension at a time: extension launches are heavy and the tests share one build.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
