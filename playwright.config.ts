// Chromium tests of the production renderer build, served by `vite preview` with the browser bridge.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { ORIGIN, PREVIEW_PORT } from './tests/support/origin';

export default defineConfig({
  testDir: 'tests/browser',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // CI runs on a shared machine, often far slower than a developer's: a test that fails once there is
  // run once more, and is then reported as flaky by name (scripts/test-all.mjs), never silently passed.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: '.test-reports/browser.json' }]],
  use: {
    baseURL: ORIGIN,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    locale: 'en-US',
  },
  webServer: {
    command: `npx vite preview -c vite.renderer.config.ts --port ${PREVIEW_PORT} --strictPort`,
    url: ORIGIN,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
