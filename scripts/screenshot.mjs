// Screenshots of the production UI for people to look at: `node scripts/screenshot.mjs [outDir] [persona]`.
// Serves the built renderer with `vite preview`, fills in a persona's answers, and captures every
// step of the walkthrough and every info page, in English and Spanish (and the welcome screen dark).
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const outDir = process.argv[2] ?? 'screenshots';
const persona = process.argv[3] ?? 'tests/fixtures/personas/every-flag.json';
const base = 'http://127.0.0.1:4173';
await mkdir(outDir, { recursive: true });
const answers = await readFile(persona, 'utf8');
// Its own process group, so stopping it also stops the vite process npx starts.
const server = spawn('npx', ['vite', 'preview', '-c', 'vite.renderer.config.ts'], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(base).then(() => true, () => false)) break;
    await sleep(200);
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const [language, colorScheme] of [['en', 'light'], ['es', 'light'], ['en', 'dark']]) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, locale: language, colorScheme });
    await page.addInitScript(([a, lang]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('ldn-decision-aid:answers', a);
      localStorage.setItem('ldn-decision-aid:preferences', JSON.stringify({ schemaVersion: 1, language: lang }));
    }, [answers, language]);
    await page.goto(base);
    await page.locator('#screen-title').waitFor();
    await page.evaluate(() => document.fonts.ready);
    const steps = colorScheme === 'dark' ? 1 : 40;
    for (let i = 0; i < steps; i++) {
      await page.screenshot({ path: `${outDir}/${language}-${colorScheme}-${String(i).padStart(2, '0')}.png`, fullPage: true });
      const nextButton = page.locator('[data-nav="next"]');
      if ((await nextButton.count()) === 0) break;
      await nextButton.click();
      await page.locator('#screen-title:focus').waitFor();
    }
    if (colorScheme === 'light') {
      for (const [i, name] of ['help', 'references', 'about'].entries()) {
        await page.locator('.app-nav button').nth(i).click();
        await page.locator('#screen-title').waitFor();
        await page.screenshot({ path: `${outDir}/${language}-page-${name}.png`, fullPage: true });
      }
    }
    await page.close();
  }
  await browser.close();
  console.log(`screenshots in ${outDir}/`);
} finally {
  process.kill(-server.pid, 'SIGTERM');
}
