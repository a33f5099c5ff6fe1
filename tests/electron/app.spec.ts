// Drives the real Electron app (unpackaged, from out/). Runs only where an Electron binary exists:
// scripts/test-electron.mjs passes its path in ELECTRON_BINARY, or skips the whole suite.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const binary = process.env.ELECTRON_BINARY;
test.skip(!binary, 'No Electron binary: run through `npm run test:electron`, which finds one or explains why not.');

let userData: string;
let app: ElectronApplication;
let page: Page;

async function launch(locale = 'en-US'): Promise<void> {
  app = await electron.launch({ executablePath: binary, args: ['.', `--user-data-dir=${userData}`], locale, env: { ...process.env, ELECTRON_RENDERER_URL: '' } });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
}

test.beforeEach(async () => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'ldn-aid-e2e-'));
  await launch();
});

test.afterEach(async () => {
  await app?.close();
  rmSync(userData, { recursive: true, force: true });
});

test('loads the app from app://, locked down', async () => {
  expect(page.url()).toBe('app://bundle/index.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The window options themselves are unit-tested (window-options.test.ts); here: no Node reaches the page.
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
});

test('exposes only the bridge, and the bridge round trip works', async () => {
  const keys = await page.evaluate(() => Object.keys((window as unknown as { decisionAid: object }).decisionAid).sort());
  expect(keys).toEqual(['eraseEverything', 'exportAnswers', 'getAppInfo', 'getPreferences', 'importAnswers', 'loadAnswers', 'printSheet', 'saveAnswers', 'saveSheetPdf', 'updatePreferences']);
  const info = await page.evaluate(() => (window as unknown as { decisionAid: { getAppInfo(): Promise<{ version: string }> } }).decisionAid.getAppInfo());
  expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  const error = await page.evaluate(() =>
    (window as unknown as { decisionAid: { updatePreferences(r: unknown): Promise<unknown> } }).decisionAid.updatePreferences({ language: 'xx' }).then(
      () => 'resolved',
      (e: Error) => e.message,
    ),
  );
  expect(error).toContain('[invalid-request]');
});

test('blocks navigation, new windows and network requests', async () => {
  await page.evaluate(() => window.open('https://example.com/'));
  await page.waitForTimeout(300);
  expect(app.windows()).toHaveLength(1);
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://bundle/index.html');
  const fetched = await page.evaluate(() => fetch('https://example.com/').then(() => 'reached', () => 'blocked'));
  expect(fetched).toBe('blocked');
  const permission = await page.evaluate(() => navigator.permissions.query({ name: 'geolocation' }).then((p) => p.state));
  expect(permission).not.toBe('granted');
});

test("the session's request filter itself cancels a request to an outside host", async () => {
  // From the main process no CSP applies: only the webRequest filter (harden.ts) can stop this.
  // net.fetch / ses.fetch requests go through the session's webRequest handlers.
  const outcome = await app.evaluate(({ session }) =>
    session.defaultSession.fetch('https://example.com/').then(
      (response) => `reached (${response.status})`,
      (error: Error) => error.message,
    ),
  );
  expect(outcome).toContain('ERR_BLOCKED_BY_CLIENT');
});

test('serves the CSP with every page', async () => {
  const csp = await page.evaluate(() => fetch('app://bundle/index.html').then((r) => r.headers.get('content-security-policy')));
  expect(csp).toContain("default-src 'self'");
});

test('remembers the chosen language across restarts and translates the menu', async () => {
  await page.getByText('Settings').click();
  await page.getByLabel('Language').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const fileMenu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file')?.label);
  expect(fileMenu).toBe('Archivo');
  await app.close();
  await launch('en-US');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('naltrexona');
});
