// `npm run bench`: speed and size of the production renderer, measured in Chromium, several runs,
// medians reported, compared with the budgets in bench/budgets.json. Writes bench/results/latest.json
// and latest.md; exits non-zero when a budget is exceeded. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const budgets = JSON.parse(await readFile('bench/budgets.json', 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Builds: the app, and a minimal React + Vite page with the same "interactive" mark.
if (spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const minimalRoot = path.resolve('bench/.minimal');
await rm(minimalRoot, { recursive: true, force: true });
await mkdir(minimalRoot, { recursive: true });
await writeFile(path.join(minimalRoot, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>');
await writeFile(
  path.join(minimalRoot, 'main.jsx'),
  `import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
function App() {
  useEffect(() => { requestAnimationFrame(() => performance.mark('app-interactive')); }, []);
  return <main><h1>Hello</h1><button>Next</button></main>;
}
createRoot(document.getElementById('root')).render(<App />);
`,
);
await build({ root: minimalRoot, configFile: false, logLevel: 'warn', plugins: [react()], base: './', build: { outDir: path.join(minimalRoot, 'dist'), emptyOutDir: true } });

const appServer = await preview({ configFile: 'vite.renderer.config.ts', preview: { port: 4181, strictPort: true }, logLevel: 'warn' });
const minimalServer = await preview({
  root: minimalRoot,
  configFile: false,
  logLevel: 'warn',
  build: { outDir: path.join(minimalRoot, 'dist') },
  preview: { port: 4182, strictPort: true, host: '127.0.0.1' },
});
const APP = 'http://127.0.0.1:4181/';
const MINIMAL = 'http://127.0.0.1:4182/';
const browser = await chromium.launch(chromiumLaunchOptions());
const everyFlag = await readFile('tests/fixtures/personas/every-flag.json', 'utf8');

/** Time to the interactive mark, and the bytes of every script loaded before it (lazy ones included). */
async function timeToInteractive(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().then((b) => b.length, () => 0));
  });
  await page.goto(url);
  const ms = await page.waitForFunction(() => performance.getEntriesByName('app-interactive')[0]?.startTime).then((h) => h.jsonValue());
  const jsBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, jsBytes };
}

async function seeded(doc) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript((answers) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('ldn-decision-aid:answers', answers);
  }, doc);
  return { context, page };
}

try {
  // 2. First screen, app and minimal page, alternating so both see the same machine state.
  const appTimes = [];
  const minimalTimes = [];
  let firstScreenJs = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const app = await timeToInteractive(APP);
    appTimes.push(app.ms);
    firstScreenJs = app.jsBytes;
    minimalTimes.push((await timeToInteractive(MINIMAL)).ms);
  }

  // 3. Step navigation over a full walkthrough, with every answer filled in.
  const steps = [];
  let heapBytes = 0;
  {
    const { context, page } = await seeded(everyFlag);
    await page.goto(APP);
    await page.locator('#screen-title').waitFor();
    // Step timing is about moving on, not loading: let the idle-time prefetch finish first.
    await page.waitForLoadState('networkidle');
    for (let i = 0; i < 40; i += 1) {
      // From the click on Next until the new step's heading is there and has focus, checked after every
      // task (React renders a click's update in a microtask, and moves focus in an effect).
      const ms = await page.evaluate(async () => {
        const button = document.querySelector('[data-nav="next"]');
        if (!button) return null;
        const before = document.getElementById('screen-title')?.textContent;
        const channel = new MessageChannel();
        const nextTask = () => new Promise((resolve) => {
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(null);
        });
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const t0 = performance.now();
        button.click();
        // Check after every task; every so often yield a frame too, so focus set in a frame can land.
        for (let i = 0; performance.now() - t0 < 5_000; i += 1) {
          const heading = document.getElementById('screen-title');
          if (heading && heading.textContent !== before && document.activeElement === heading) return performance.now() - t0;
          await (i % 20 === 19 ? nextFrame() : nextTask());
        }
        return -1;
      });
      if (ms === null) break;
      if (ms < 0) throw new Error('a step never showed its heading with focus after Next');
      steps.push(ms);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await context.close();
  }

  // 4. Sheet PDF, Letter, the persona with every flag.
  const pdfTimes = [];
  {
    const doc = JSON.stringify({ ...JSON.parse(everyFlag), progress: { step: 'sheet', visited: ['welcome', 'sheet'] } });
    const { context, page } = await seeded(doc);
    await page.goto(APP);
    await page.locator('.sheet').waitFor();
    await page.evaluate(() => document.fonts.ready);
    const { sheetPdfSpec, toPlaywrightPdfOptions } = await import('../shared/print/pdf.ts').catch(() => ({}));
    const options = sheetPdfSpec
      ? toPlaywrightPdfOptions(sheetPdfSpec('Letter', 'Page {{page}} of {{total}}', 'LDN decision aid'))
      : { format: 'Letter', printBackground: true, displayHeaderFooter: true };
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      await page.pdf(options);
      pdfTimes.push(performance.now() - t0);
    }
    await context.close();
  }

  // 5. Bytes.
  const rendererDir = 'out/renderer';
  const html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const initialFiles = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const size = async (file) => (await stat(file)).size;
  const all = async (dir) =>
    (await readdir(dir, { withFileTypes: true })).flatMap((e) => (e.isDirectory() ? [] : [path.join(dir, e.name)]));
  const assets = [...(await all(rendererDir)), ...(await all(path.join(rendererDir, 'assets')))];
  const sum = async (files) => (await Promise.all(files.map(size))).reduce((a, b) => a + b, 0);
  const initialJs = await sum(initialFiles.filter((f) => f.endsWith('.js')).map((f) => path.join(rendererDir, f)));
  const initialCss = await sum(initialFiles.filter((f) => f.endsWith('.css')).map((f) => path.join(rendererDir, f)));

  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    firstScreenMs: median(appTimes),
    minimalPageMs: median(minimalTimes),
    firstScreenRatio: median(appTimes) / median(minimalTimes),
    stepNavigationMedianMs: median(steps),
    stepNavigationWorstMs: Math.max(...steps),
    steps: steps.length,
    stepTimesMs: steps.map((ms) => Math.round(ms)).join(" "),
    sheetPdfMs: median(pdfTimes),
    heapBytes,
    // Every script the first screen loaded, not only the entry file: lazy chunks fetched at start count.
    initialJsBytes: Math.max(firstScreenJs, initialJs),
    entryJsBytes: initialJs,
    initialCssBytes: initialCss,
    rendererAssetBytes: await sum(assets),
    mainBytes: await size('out/electron/main.cjs'),
    preloadBytes: await size('out/electron/preload.cjs'),
    fontBytes: await sum(assets.filter((f) => /\.woff2?$/.test(f))),
  };

  const rows = Object.entries(results)
    .filter(([, v]) => typeof v === 'number' || (typeof v === 'string' && v.includes(' ')))
    .map(([key, value]) => {
      const budget = budgets[key];
      const shown = typeof value === 'string' || Number.isInteger(value) ? value : value.toFixed(2);
      const verdict = budget ? (value <= budget.max ? `≤ ${budget.max} ✓` : `> ${budget.max} ✗ over budget`) : '';
      return { key, shown, verdict, over: budget ? value > budget.max : false };
    });
  const md = [
    `# Benchmark (${results.date}, ${RUNS} runs, medians)`,
    '',
    '| measure | value | budget |',
    '|---|---:|---|',
    ...rows.map((r) => `| ${r.key} | ${r.shown} | ${r.verdict} |`),
    '',
  ].join('\n');
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  await writeFile('bench/results/latest.md', md);
  console.log(md);
  const over = rows.filter((r) => r.over);
  if (over.length) {
    console.error(`Over budget: ${over.map((r) => r.key).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await new Promise((resolve) => appServer.httpServer.close(resolve));
  await new Promise((resolve) => minimalServer.httpServer.close(resolve));
  await rm(minimalRoot, { recursive: true, force: true });
}
