// `npm run reading-load`: the words a new reader meets on the default path (Next only, nothing
// opened), per screen and in total, in each language, with the minutes at 170 words a minute.
// Serves the production build (built by the npm script just before) with `vite preview`.
// With --write it also writes shared/content/reading-load.json, the per-step counts the welcome's
// "about N minutes" and the progress's "minutes left" come from (shared/content/reading-time.ts).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { ORIGIN, PREVIEW_PORT } from '../tests/support/origin';
import { formatLoad, walkDefaultPath, WORDS_PER_MINUTE } from '../tests/support/reading-load';

const LANGUAGES = ['en', 'es'];
// Its own process group, so stopping it also stops the vite process npx starts.
const server = spawn('npx', ['vite', 'preview', '-c', 'vite.renderer.config.ts', '--port', String(PREVIEW_PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(ORIGIN).then(() => true, () => false)) break;
    await sleep(200);
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  const counts: Record<string, { step: string; words: number; questions: number }[]> = {};
  for (const language of LANGUAGES) {
    const page = await browser.newPage({ baseURL: ORIGIN, viewport: { width: 1280, height: 900 }, locale: language });
    const screens = await walkDefaultPath(page, language);
    console.log(formatLoad(language, screens));
    console.log();
    counts[language] = screens.map(({ step, words, questions }) => ({ step, words, questions }));
    await page.close();
  }
  await browser.close();
  if (process.argv.includes('--write')) {
    const file = join(import.meta.dirname, '../shared/content/reading-load.json');
    const rows = (language: string) => (counts[language] ?? []).map((s) => `      ${JSON.stringify(s)}`).join(',\n');
    const languages = LANGUAGES.map((l) => `    "${l}": [\n${rows(l)}\n    ]`).join(',\n');
    writeFileSync(file, `{\n  "wordsPerMinute": ${WORDS_PER_MINUTE},\n  "languages": {\n${languages}\n  }\n}\n`);
    console.log(`Wrote ${file}`);
  }
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
