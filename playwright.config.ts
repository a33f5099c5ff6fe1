// Chromium tests of the production renderer build, served by `vite preview` with the browser bridge.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

// PREVIEW_PORT lets two checkouts on one machine run their browser tests at once.
const port = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: '.test-reports/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    locale: 'en-US',
  },
  webServer: {
    command: `npx vite preview -c vite.renderer.config.ts --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
