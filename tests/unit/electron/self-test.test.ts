// `--self-test` (what the release job runs on each packaged app), through the real main.ts on the
// Electron harness: it walks every step, renders the sheet to a PDF in a temporary folder, and exits 0 or 1.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { NEXT_SCRIPT, PROBE_SCRIPT } from '../../../electron/logic/self-test';
import { createHarness, until, type Harness } from '../../support/electron-harness';

vi.mock('electron', async () => (await import('../../support/electron-harness')).electronModule());

let root: string;
let h: Harness;
let log: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ldn-self-test-'));
  mkdirSync(path.join(root, 'tmp'));
  log = vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  h?.dispose();
  rmSync(root, { recursive: true, force: true });
});

/** A page with these screens; Next moves on unless `stuckAt` is reached. */
function walkthroughPage(titles: string[], { stuckAt = -1 } = {}) {
  let at = 0;
  return (code: string) => {
    if (code === PROBE_SCRIPT) return { title: titles[at], arrived: true, busy: false, isSheet: at === titles.length - 1, hasNext: at !== stuckAt && at < titles.length - 1 };
    if (code === NEXT_SCRIPT) {
      at += 1;
      return true;
    }
    return undefined;
  };
}

async function selfTest(configure: (h: Harness) => void): Promise<Harness> {
  h = createHarness({ userData: path.join(root, 'person'), temp: path.join(root, 'tmp'), argv: ['--self-test'] });
  configure(h);
  await h.launch();
  await h.ready();
  await until(() => h.ended !== null, 'the self-test to end', 15_000);
  return h;
}

const STEPS = ['Welcome', 'About you', 'Opioids', 'What LDN is', 'Options', 'Review', 'Your discussion sheet'];

it('walks every step, renders the sheet to a PDF in a temporary folder, and exits 0', { timeout: 20_000 }, async () => {
  await selfTest((h) => {
    h.page.evaluate = walkthroughPage(STEPS);
  });
  expect(h.ended).toEqual({ how: 'exit', code: 0 });
  expect(h.page.scripts.filter((s) => s === NEXT_SCRIPT)).toHaveLength(STEPS.length - 1);
  expect(h.windows.map((w) => w.webContents.loads)).toEqual([['app://bundle/index.html']]);
  expect(h.openWindows).toEqual([]); // exit closes it
  const report = JSON.parse(String(log.mock.calls.at(-1)?.[0]).replace(/^self-test: /, '')) as { ok: boolean; steps: string[]; pdfPath: string };
  expect(report).toMatchObject({ ok: true, steps: STEPS });
  expect(report.pdfPath.startsWith(path.join(root, 'tmp'))).toBe(true);
  expect(readFileSync(report.pdfPath, 'latin1').startsWith('%PDF-')).toBe(true);
  // A person's data folder is never used: the self-test has its own, temporary one.
  expect(existsSync(path.join(root, 'person'))).toBe(false);
  expect(readdirSync(path.join(root, 'tmp')).some((n) => n.startsWith('ldn-aid-self-test-'))).toBe(true);
});

it('exits 1 when a step has no way forward', { timeout: 20_000 }, async () => {
  await selfTest((h) => {
    h.page.evaluate = walkthroughPage(STEPS, { stuckAt: 2 });
  });
  expect(h.ended).toEqual({ how: 'exit', code: 1 });
  expect(h.printed).toEqual([]);
});

it('exits 1 when the sheet does not render to a PDF', { timeout: 20_000 }, async () => {
  await selfTest((h) => {
    h.page.evaluate = walkthroughPage(STEPS);
    h.page.pdf = () => Buffer.alloc(0);
  });
  expect(h.ended).toEqual({ how: 'exit', code: 1 });
});

it('without the switch, the app does not test itself', { timeout: 20_000 }, async () => {
  h = createHarness({ userData: path.join(root, 'person'), temp: path.join(root, 'tmp') });
  h.page.evaluate = walkthroughPage(STEPS);
  await h.launch();
  await h.ready();
  expect(h.ended).toBeNull();
  expect(h.page.scripts).toEqual([]);
});
