// The welcome screen is prerendered into index.html at build time (issue 20): it is there before any
// script runs, and the page hydrates it, keeping its elements, with no hydration error or warning.
import { expect, test } from '@playwright/test';
import { installFakeSpeech, LOCAL_ENGLISH } from '../support/fake-speech';
import { guardPage } from '../support/guards';
import { ORIGIN } from '../support/origin';

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('the welcome screen is there and visible', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thinking about low-dose naltrexone for ADHD?');
    await expect(page.getByRole('radio', { name: 'Me' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Erase everything' })).toBeVisible();
    await expect(page.locator('script:not([src])')).toHaveCount(0);
  });
});

test('the page hydrates the prerendered screen, keeps its elements, and logs nothing', async ({ page }) => {
  const guard = guardPage(page, ORIGIN);
  // A local voice: none at build time, so Read aloud is not in the prerendered screen and comes after.
  await installFakeSpeech(page, [LOCAL_ENGLISH]);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // Hold the main script back, to note the prerendered elements before any script of the app runs.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const marked = window as unknown as Record<string, unknown>;
    marked.prerenderedHeading = document.querySelector('h1');
    marked.prerenderedErase = document.querySelector('.data-actions .button-danger');
  });
  // The words the first chunk draws (with its bundled early text until i18next has loaded).
  const firstChunkText = () => page.evaluate(() => ['.progress', 'section.welcome', '.step-nav', '.app-nav'].map((s) => document.querySelector<HTMLElement>(s)?.innerText));
  const prerenderedText = await firstChunkText();
  release();
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  // The parts loaded apart (settings, data actions) are hydrated too, once their code is here.
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).prerenderedHeading === document.querySelector('h1'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).prerenderedErase === document.querySelector('.data-actions .button-danger'))).toBe(true);
  // i18next has taken over from the early text by now, with the same words.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /\/i18n-[\w-]+\.js$/.test(entry.name)))).toBe(true);
  expect(await firstChunkText()).toEqual(prerenderedText);

  await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible();
  // Alive: the question answers, the data actions open, Start moves on.
  await page.getByRole('radio', { name: 'My child' }).check();
  await expect(page.getByRole('radio', { name: 'My child' })).toBeChecked();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Thinking about low-dose naltrexone for ADHD?');
  expect(guard.errors).toEqual([]);
  expect(warnings).toEqual([]);
});

test('the first screen needs one script of the app, beside the bundler runtime, and i18next only once it is live', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const scripts = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/assets\/([\w-]+)-[\w-]{8}\.js"/g)].map((match) => match[1]);
  expect(scripts.sort()).toEqual(['index', 'rolldown-runtime']);
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  const before = await page.evaluate(() => {
    const live = performance.getEntriesByName('app-interactive')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < live && entry.name.endsWith('.js'))
      .map((entry) => new URL(entry.name).pathname.split('/').pop());
  });
  // The browser preview's stand-in host is loaded at start too (the desktop app has its preload instead).
  expect(before.filter((file) => !/^(browser-bridge|browser-files|memory-storage)-/.test(file ?? '')).map((file) => file?.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual([
    'hold-early-clicks.js',
    'index',
    'rolldown-runtime',
  ]);
});

test('with saved answers the screen is drawn afresh, without a hydration error', async ({ page }) => {
  const guard = guardPage(page, ORIGIN);
  await page.goto('/');
  await page.getByRole('radio', { name: 'My child' }).check();
  await expect(page.getByText('All changes saved')).toBeAttached();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'My child' })).toBeChecked();
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  expect(guard.errors).toEqual([]);
});

test('what is pressed on the prerendered screen before the app is live is done once it is: Urgent help, an answer', async ({ page }) => {
  const guard = guardPage(page, ORIGIN);
  // The app's code is held back until after the presses; nothing of the app runs before it comes.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thinking about low-dose naltrexone for ADHD?');
  await page.getByRole('radio', { name: 'My child' }).click();
  await page.getByRole('button', { name: 'Urgent help' }).click();
  release();
  await expect(page.locator('#screen-title')).toHaveText('Urgent help');
  // The answer was taken too, and saved.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ldn-decision-aid:answers') ?? '')).toContain('"perspective":"child"');
  expect(guard.errors).toEqual([]);
});
