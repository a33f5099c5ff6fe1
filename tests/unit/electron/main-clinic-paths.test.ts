// Clinic mode on every path, through the real electron/main.ts on the Electron test double: the
// window closed on macOS, a --clinic launch while a plain copy runs, a crashed page, debugging
// switches, and what loadAnswers tells the page about a damaged file.
import { existsSync, promises as fsp, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswers } from '../../../shared/answers/empty';
import type { AnswersDocument } from '../../../shared/answers/types';
import { createHarness, settle, until, type Harness, type HarnessOptions } from '../../support/electron-harness';

vi.mock('electron', async () => (await import('../../support/electron-harness')).electronModule());

let root: string;
let userData: string;
const harnesses: Harness[] = [];
const argv = [...process.argv];

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ldn-clinic-paths-'));
  userData = path.join(root, 'userData');
  mkdirSync(userData);
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const h of harnesses.splice(0)) h.dispose();
  process.argv.splice(0, process.argv.length, ...argv);
  rmSync(root, { recursive: true, force: true });
});

/** A start of the app; `args` are its command line (process.argv, as Electron gives it, and app.commandLine). */
async function start(args: string[] = [], options: Partial<HarnessOptions> = {}): Promise<Harness> {
  process.argv.splice(0, process.argv.length, ...argv, ...args);
  const h = createHarness({ userData, argv: args, ...options });
  harnesses.push(h);
  await h.launch();
  await h.ready();
  return h;
}

const doc = (note: string): AnswersDocument => ({ ...emptyAnswers('self'), answers: { otherTreatment: note } }) as AnswersDocument;

describe('closing the last window in clinic mode', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`clears everything and quits (${platform})`, async () => {
      const h = await start(['--clinic'], { platform });
      await h.invoke('saveAnswers', doc('the last person'));
      h.clipboard.text = 'copied by the last person';
      h.mainWindow.close();
      await until(() => h.ended !== null, 'the app to quit');
      expect(h.ended).toEqual({ how: 'quit' });
      expect(h.clipboard.text).toBe('');
    });
  }

  it('outside clinic mode on macOS, the app stays running (as macOS apps do)', async () => {
    const h = await start([], { platform: 'darwin' });
    h.mainWindow.close();
    await settle();
    expect(h.ended).toBeNull();
  });
});

// On Linux: on Windows in the test double there is no reg.exe, and a policy that cannot be read means clinic mode.
describe('a launch asking for clinic mode while a plain copy runs', () => {
  async function laterLaunch(first: Harness, args: string[], options: Partial<HarnessOptions> = {}): Promise<void> {
    process.argv.splice(0, process.argv.length, ...argv, ...args);
    const later = createHarness({ userData, lock: first.lock, argv: options.argv ?? args, platform: 'linux' });
    await later.launch();
    await later.ready();
    // The later launch ends: the running copy takes over.
    expect(later.ended).not.toBeNull();
    later.dispose();
    first.install();
  }

  it('with --clinic: the running copy closes its window and restarts in clinic mode', async () => {
    const first = await start([], { platform: 'linux' });
    await first.invoke('saveAnswers', doc('at home'));
    await laterLaunch(first, ['--clinic']);
    await until(() => first.ended !== null, 'the running copy to end');
    expect(first.openWindows).toHaveLength(0);
    expect(first.relaunches).toHaveLength(1);
    expect(first.relaunches[0]?.args).toContain('--clinic');
  });

  it('with clinic mode only in additionalData (the switch lost on the way): the same', async () => {
    const first = await start([], { platform: 'linux' });
    // Its process asks for clinic mode, but the argv the running copy receives does not say so.
    await laterLaunch(first, ['--clinic'], { argv: [] });
    await until(() => first.ended !== null, 'the running copy to end');
    expect(first.relaunches[0]?.args).toContain('--clinic');
  });

  it('the relaunch marks itself (--clinic-restarted, once), so the new copy can say why it started again', async () => {
    const first = await start(['--clinic-restarted'], { platform: 'linux' });
    await laterLaunch(first, ['--clinic']);
    await until(() => first.ended !== null, 'the running copy to end');
    const args = first.relaunches[0]?.args ?? [];
    expect(args.filter((arg) => arg === '--clinic-restarted')).toHaveLength(1);
    expect(args.filter((arg) => arg === '--clinic')).toHaveLength(1);
  });

  it('an answer still being saved when the clinic launch arrives is on disk before the plain copy quits', async () => {
    const first = await start([], { platform: 'linux' });
    await first.invoke('saveAnswers', doc('earlier'));
    let atQuit: unknown = 'not quit';
    first.app.on('quit', () => {
      atQuit = JSON.parse(readFileSync(path.join(userData, 'answers.json'), 'utf8')).answers.otherTreatment;
    });
    // The save is held inside its first step (mkdir): it has started, and not finished, when the launch arrives.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let saving = false;
    const mkdir = fsp.mkdir.bind(fsp);
    vi.spyOn(fsp, 'mkdir').mockImplementation((async (...args: Parameters<typeof fsp.mkdir>) => {
      saving = true;
      await gate;
      return mkdir(...args);
    }) as never);
    const inFlight = first.invoke('saveAnswers', doc('typed just before'));
    await until(() => saving, 'the save to start');
    await laterLaunch(first, ['--clinic']);
    // A quit that did not wait for the save would have happened by now.
    await settle();
    release();
    await inFlight;
    await until(() => first.ended !== null, 'the running copy to end');
    expect(first.relaunches).toHaveLength(1);
    expect(atQuit).toBe('typed just before');
  });

  it('a plain launch while a clinic copy runs: the clinic copy stays, with its one window', async () => {
    const first = await start(['--clinic'], { platform: 'linux' });
    await laterLaunch(first, []);
    await settle();
    expect(first.ended).toBeNull();
    expect(first.relaunches).toEqual([]);
    expect(first.openWindows).toHaveLength(1);
  });
});

describe('a clinic copy started again by that relaunch (getAppInfo.restartedForClinic)', () => {
  it('a clinic launch with the marker says it was restarted', async () => {
    const h = await start(['--clinic', '--clinic-restarted']);
    await expect(h.invoke('getAppInfo')).resolves.toMatchObject({ clinic: { idleMinutes: expect.any(Number) }, restartedForClinic: true });
  });

  it('a clinic launch without it does not', async () => {
    const h = await start(['--clinic']);
    await expect(h.invoke('getAppInfo')).resolves.toMatchObject({ clinic: { idleMinutes: expect.any(Number) }, restartedForClinic: false });
  });

  it('the marker alone is not clinic mode and shows no notice: it only ever adds a note', async () => {
    const h = await start(['--clinic-restarted']);
    await expect(h.invoke('getAppInfo')).resolves.toMatchObject({ clinic: null, restartedForClinic: false });
  });

  it('after "Finish and clear" the next person is not told about the restart (a reloaded page either)', async () => {
    const h = await start(['--clinic', '--clinic-restarted']);
    await h.invoke('eraseEverything');
    await expect(h.invoke('getAppInfo')).resolves.toMatchObject({ restartedForClinic: false });
  });
});

describe('a crashed page (render-process-gone)', () => {
  it('in clinic mode: clears first, then reloads', async () => {
    const h = await start(['--clinic']);
    await h.invoke('saveAnswers', doc('before the crash'));
    h.mainWindow.webContents.crash('crashed');
    await until(() => h.mainWindow.webContents.reloads > 0, 'the page to reload');
    await expect(h.invoke('loadAnswers')).resolves.toEqual({ status: 'empty' });
    expect(h.clipboard.cleared).toBeGreaterThan(0);
  });

  it('outside clinic mode: reloads, and the answers are still there', async () => {
    const h = await start();
    await h.invoke('saveAnswers', doc('kept'));
    h.mainWindow.webContents.crash('oom');
    await until(() => h.mainWindow.webContents.reloads > 0, 'the page to reload');
    await expect(h.invoke('loadAnswers')).resolves.toMatchObject({ status: 'loaded' });
  });

  it('crashing again and again: a calm message instead of endless reloads', async () => {
    const h = await start();
    const contents = h.mainWindow.webContents;
    for (let i = 0; i < 5; i += 1) {
      contents.crash('crashed');
      await settle(2);
    }
    await until(() => h.ended !== null, 'the app to end after the message');
    expect(contents.reloads).toBe(3);
    const shown = h.dialogs.shown.filter((d) => d.method === 'showMessageBox');
    expect(shown).toHaveLength(1);
    expect(String(shown[0]?.options['message'])).not.toMatch(/error|crash|fatal/i);
    // The page may have been Urgent help: what to do in danger is in the message that closes the app.
    expect(String(shown[0]?.options['detail'])).toContain('might be in danger now, call your local emergency number');
  });
});

describe('debugging and sandbox-weakening switches', () => {
  for (const flag of ['--remote-debugging-port=9222', '--remote-debugging-pipe', '--inspect=9229', '--no-sandbox', '--disable-web-security']) {
    it(`a packaged app refuses to start with ${flag}, and says why`, async () => {
      const h = await start([flag], { isPackaged: true });
      expect(h.windows).toHaveLength(0);
      expect(h.ended).toEqual({ how: 'exit', code: 1 });
      expect(h.errorBoxes).toHaveLength(1);
      expect(h.errorBoxes[0]?.content).toContain(flag.split('=')[0]);
      expect(h.lock.holder).toBeNull();
    });
  }

  it('a packaged app starts as usual without them', async () => {
    const h = await start(['--clinic'], { isPackaged: true });
    expect(h.openWindows).toHaveLength(1);
    expect(h.errorBoxes).toEqual([]);
  });
});

describe('loadAnswers and a damaged file', () => {
  it("sends a kind of problem, never the file's content or an absolute path", async () => {
    writeFileSync(path.join(userData, 'answers.json'), 'MY-PRIVATE-NOTE that is not JSON');
    const h = await start();
    const outcome = await h.invokeRaw('loadAnswers');
    expect(outcome).toMatchObject({ ok: true, value: { status: 'set-aside', problem: { kind: 'not-json' } } });
    const text = JSON.stringify(outcome);
    expect(text).not.toContain('PRIVATE');
    expect(text).not.toContain(root);
    expect(text).not.toContain(os.tmpdir());
  });
});

describe('a profile that forgets (clinic mode)', () => {
  it('the window uses an in-memory partition, served and locked like the default session', async () => {
    const h = await start(['--clinic'], { temp: root });
    const webPreferences = h.mainWindow.options['webPreferences'] as Record<string, unknown>;
    const partition = webPreferences['partition'];
    expect(typeof partition).toBe('string');
    expect(String(partition)).not.toMatch(/^persist:/);
    expect(h.sessions.get(String(partition))).toMatchObject({ schemes: ['app'], hardened: true });
  });

  it('outside clinic mode the window keeps the default session', async () => {
    const h = await start([], { temp: root });
    const webPreferences = h.mainWindow.options['webPreferences'] as Record<string, unknown>;
    expect(webPreferences['partition']).toBeUndefined();
    expect(h.sessions.get('default')).toMatchObject({ schemes: ['app'], hardened: true });
  });

  it("Chromium's own files and crash dumps go to a temporary folder, removed at quit", async () => {
    const h = await start(['--clinic'], { temp: root });
    const getPath = h.app['getPath'] as (name: string) => string;
    const profile = getPath('sessionData');
    expect(profile.startsWith(root)).toBe(true);
    expect(profile).not.toBe(userData);
    expect(getPath('crashDumps').startsWith(profile)).toBe(true);
    expect(existsSync(profile)).toBe(true);
    h.quit();
    await until(() => h.ended !== null, 'the app to quit');
    expect(existsSync(profile)).toBe(false);
  });

  it('"Finish and clear" resets the zoom and clears the session\'s storage and the clipboard', async () => {
    const h = await start(['--clinic'], { temp: root });
    const partition = String((h.mainWindow.options['webPreferences'] as Record<string, unknown>)['partition']);
    h.mainWindow.webContents.setZoomLevel(3);
    h.clipboard.text = 'a note copied from the sheet';
    await h.invoke('eraseEverything');
    expect(h.mainWindow.webContents.zoomLevel).toBe(0);
    expect(h.clipboard.text).toBe('');
    expect(h.sessions.get(partition)?.storageCleared).toBeGreaterThan(0);
  });

  it('quitting clears the clipboard', async () => {
    const h = await start(['--clinic'], { temp: root });
    h.clipboard.text = 'copied';
    h.quit();
    await until(() => h.ended !== null, 'the app to quit');
    expect(h.clipboard.text).toBe('');
  });

  it('outside clinic mode, erasing leaves the clipboard and the zoom alone', async () => {
    const h = await start([], { temp: root });
    h.mainWindow.webContents.setZoomLevel(3);
    h.clipboard.text = 'mine';
    await h.invoke('eraseEverything');
    expect(h.clipboard.text).toBe('mine');
    expect(h.mainWindow.webContents.zoomLevel).toBe(3);
  });
});
