// Tests that launch the real Electron app (run by scripts/test-electron.mjs when a binary exists).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/electron',
  timeout: 60_000,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: '.test-reports/electron.json' }]],
});
