// Screenshots of the production UI for people to look at: `node scripts/screenshot.mjs [outDir]`.
// Serves out/renderer with `vite preview`, then captures each screen in each language and theme.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const outDir = process.argv[2] ?? 'screenshots';
const base = 'http://127.0.0.1:4173';
await mkdir(outDir, { recursive: true });
// Its own process group, so stopping it also stops the vite process npx starts.
const server = spawn('npx', ['vite', 'preview', '-c', 'vite.renderer.config.ts'], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(base).then(() => true, () => false)) break;
    await sleep(200);
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const language of ['en', 'es']) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, locale: language, colorScheme });
      await page.goto(base);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${outDir}/welcome-${language}-${colorScheme}.png`, fullPage: true });
      await page.close();
    }
  }
  await browser.close();
  console.log(`screenshots in ${outDir}/`);
} finally {
  process.kill(-server.pid, 'SIGTERM');
}
