// `npm run reading-load`: the words a new reader meets on the default path (Next only, nothing
// opened), per screen and in total, in each language, with the minutes at 170 words a minute.
// Serves the production build (built by the npm script just before) with `vite preview`.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { ORIGIN, PREVIEW_PORT } from '../tests/support/origin';
import { formatLoad, walkDefaultPath } from '../tests/support/reading-load';

const LANGUAGES = ['en', 'es'];
// Its own process group, so stopping it also stops the vite process npx starts.
const server = spawn('npx', ['vite', 'preview', '-c', 'vite.renderer.config.ts', '--port', String(PREVIEW_PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(ORIGIN).then(() => true, () => false)) break;
    await sleep(200);
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const language of LANGUAGES) {
    const page = await browser.newPage({ baseURL: ORIGIN, viewport: { width: 1280, height: 900 }, locale: language });
    console.log(formatLoad(language, await walkDefaultPath(page, language)));
    console.log();
    await page.close();
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
