import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { readFileSync } from 'node:fs';
const persona = JSON.parse(readFileSync(process.env.PERSONA ?? 'tests/fixtures/personas/every-flag.json', 'utf8'));
const [step, file, lang = 'en', open = ''] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript(([s, l, p]) => {
  localStorage.setItem('ldn-decision-aid:preferences', JSON.stringify({ schemaVersion: 1, language: l }));
  localStorage.setItem('ldn-decision-aid:answers', JSON.stringify({ ...(p as object), progress: { step: s, visited: ['welcome', s] } }));
}, [step, lang, persona] as const);
if (process.env.DARK) await page.emulateMedia({ colorScheme: 'dark' });
await page.goto('http://localhost:4299/');
await page.waitForTimeout(1500);
if (open) for (const d of await page.locator(open).all()) await d.evaluate((e) => ((e as HTMLDetailsElement).open = true));
await page.screenshot({ path: file, fullPage: !process.env.VIEWPORT });
console.log(await page.locator('main').innerText());
await browser.close();
