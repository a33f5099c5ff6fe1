// Faults a person would meet, each shown through the real electron/main.ts running against the
// Electron test double: start-up, erasing, saving, reading files, quitting, activation, dev URL.
import { execFileSync } from 'node:child_process';
import { constants, promises as fsp, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, settle, until, type Harness, type HarnessOptions } from '../../support/electron-harness';
import { emptyAnswers } from '../../../shared/answers/empty';
import type { AnswersDocument } from '../../../shared/answers/types';
import { ANSWERS_FILE_MAX_BYTES } from '../../../shared/answers/transfer';

vi.mock('electron', async () => (await import('../../support/electron-harness')).electronModule());

let root: string;
let userData: string;
let h: Harness;
const fifos: string[] = [];

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ldn-main-'));
  userData = path.join(root, 'userData');
  mkdirSync(userData);
});
afterEach(() => {
  vi.restoreAllMocks();
  h?.dispose();
  // Unblocks a reader stuck on a FIFO (only before the fix), so the worker can end.
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // no reader waiting
    }
  }
  rmSync(root, { recursive: true, force: true });
});

async function start(options: Partial<HarnessOptions> = {}): Promise<Harness> {
  h = createHarness({ userData, ...options });
  await h.launch();
  await h.ready();
  return h;
}

function doc(note: string): AnswersDocument {
  return { ...emptyAnswers('self'), answers: { otherTreatment: note } } as AnswersDocument;
}

function onDisk(name: string): AnswersDocument | null {
  const file = path.join(userData, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AnswersDocument) : null;
}

function noteOf(document: AnswersDocument | null): unknown {
  return (document?.answers as Record<string, unknown> | undefined)?.['otherTreatment'];
}

function failFor(method: 'open' | 'readFile' | 'rename' | 'rm', test: (file: string) => boolean, code: string) {
  const original = fsp[method] as (...args: unknown[]) => Promise<unknown>;
  return vi.spyOn(fsp, method).mockImplementation(((file: unknown, ...rest: unknown[]) => {
    if (typeof file === 'string' && test(file)) return Promise.reject(Object.assign(new Error(`${code}: simulated, ${method} '${file}'`), { code }));
    return original.call(fsp, file, ...rest);
  }) as never);
}

function expectUsableWindow(): void {
  expect(h.openWindows).toHaveLength(1);
  expect(h.mainWindow.createdWith).toMatchObject({ protocolHandled: true });
  expect(h.mainWindow.isVisible()).toBe(true);
  expect(h.ended).toBeNull();
}

describe('start-up always reaches a usable window', () => {
  it('when preferences.json is a folder: defaults', async () => {
    mkdirSync(path.join(userData, 'preferences.json'));
    await start();
    expectUsableWindow();
    await expect(h.invoke('getPreferences')).resolves.toMatchObject({ languageChosen: false });
  });

  it('when preferences.json cannot be opened (no permission, I/O error): defaults', async () => {
    writeFileSync(path.join(userData, 'preferences.json'), JSON.stringify({ schemaVersion: 1, language: 'es' }));
    failFor('open', (f) => f.endsWith('preferences.json'), 'EACCES');
    failFor('readFile', (f) => f.endsWith('preferences.json'), 'EIO');
    await start();
    expectUsableWindow();
    await expect(h.invoke('getPreferences')).resolves.toMatchObject({ languageChosen: false });
  });

  it('when preferences.json is damaged on a read-only disk (it cannot be moved aside): defaults', async () => {
    writeFileSync(path.join(userData, 'preferences.json'), '{ damaged');
    failFor('rename', () => true, 'EROFS');
    await start();
    expectUsableWindow();
    await expect(h.invoke('getPreferences')).resolves.toMatchObject({ languageChosen: false });
  });

  it('when answers.json is a folder or unreadable: the usual notice, not an error', async () => {
    mkdirSync(path.join(userData, 'answers.json'));
    await start();
    expectUsableWindow();
    await expect(h.invoke('loadAnswers')).resolves.toMatchObject({ status: 'set-aside', problem: { kind: 'unreadable' } });
  });

  it('when answers.json is damaged on a read-only disk: the usual notice, and the file is never overwritten', async () => {
    writeFileSync(path.join(userData, 'answers.json'), '{ damaged');
    failFor('rename', () => true, 'EROFS');
    await start();
    await expect(h.invoke('loadAnswers')).resolves.toMatchObject({ status: 'set-aside', problem: { kind: 'not-json' } });
    await expect(h.invoke('saveAnswers', doc('new'))).rejects.toThrow();
    expect(readFileSync(path.join(userData, 'answers.json'), 'utf8')).toBe('{ damaged');
  });

  it('an unexpected start-up failure ends the app with a message, so a later launch is not stuck behind the lock', async () => {
    h = createHarness({ userData });
    await h.launch();
    const ses = (h.electron['session'] as { defaultSession: { protocol: { handle: () => void } } }).defaultSession;
    ses.protocol.handle = () => {
      throw new Error('simulated');
    };
    await h.ready();
    expect(h.errorBoxes).toHaveLength(1);
    // The guide, Urgent help with it, cannot be shown: what to do in danger is in the message itself.
    expect(h.errorBoxes[0]?.content).toContain('might be in danger now, call your local emergency number');
    expect(h.ended).toEqual({ how: 'exit', code: 1 });
    expect(h.lock.holder).toBeNull();
  });

  it('a later launch brings back a window when the running app has none (macOS, window closed)', async () => {
    await start({ platform: 'darwin' });
    h.mainWindow.close();
    expect(h.openWindows).toHaveLength(0);
    const first = h;
    const later = createHarness({ userData, lock: first.lock, platform: 'darwin' });
    await later.launch();
    await later.ready();
    later.dispose();
    first.install();
    await until(() => first.openWindows.length > 0, 'the running app to open a window');
    expect(first.openWindows).toHaveLength(1);
    expect(first.mainWindow.isVisible()).toBe(true);
  });
});

describe('macOS activate', () => {
  it('during start-up makes no half-ready window and never a second one', async () => {
    h = createHarness({ userData, platform: 'darwin' });
    await h.launch();
    const ready = h.ready();
    h.activate();
    h.activate();
    await ready;
    h.activate();
    await settle();
    expect(h.openWindows).toHaveLength(1);
    expect(h.windows).toHaveLength(1);
    expect(h.mainWindow.createdWith).toMatchObject({ protocolHandled: true, ipcChannels: h.ipc.handlers.size });
  });
});

describe('the dev-server renderer URL', () => {
  it('is honoured on loopback when not packaged', async () => {
    await start({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } });
    expect(h.mainWindow.webContents.loads).toEqual(['http://localhost:5173/']);
  });

  it('is ignored when it is not loopback', async () => {
    await start({ env: { ELECTRON_RENDERER_URL: 'http://example.com:5173/' } });
    expect(h.mainWindow.webContents.loads).toEqual(['app://bundle/index.html']);
    expect(await h.allowsRequest('http://example.com:5173/')).toBe(false);
  });

  it('is ignored when packaged', async () => {
    await start({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' } });
    expect(h.mainWindow.webContents.loads).toEqual(['app://bundle/index.html']);
  });
});

describe('saves', () => {
  it('land in order: 20 saves fired without waiting leave the last one on disk', async () => {
    await start();
    await h.invoke('saveAnswers', doc('first'));
    const saves = Array.from({ length: 19 }, (_, i) => h.invoke('saveAnswers', doc(`draft ${i}`)));
    // The 20th is the same as the state on disk before the burst: it must still win.
    saves.push(h.invoke('saveAnswers', doc('first')));
    await Promise.all(saves);
    expect(noteOf(onDisk('answers.json'))).toBe('first');
  });

  it('quitting waits for a pending save: typing and then closing at once keeps the answer', async () => {
    await start();
    let atQuit: unknown = 'not quit';
    h.app.on('quit', () => {
      atQuit = noteOf(onDisk('answers.json'));
    });
    const saved = h.invoke('saveAnswers', doc('typed just now'));
    h.mainWindow.close();
    await saved;
    await until(() => h.ended !== null, 'the app to end');
    expect(atQuit).toBe('typed just now');
  });

  it('quitting waits about 2 s at most for a save that never ends', { timeout: 15_000 }, async () => {
    await start();
    vi.spyOn(fsp, 'mkdir').mockImplementation(() => new Promise(() => {}));
    void h.invoke('saveAnswers', doc('stuck')).catch(() => {});
    const started = Date.now();
    h.quit();
    await until(() => h.ended !== null, 'the app to end', 8000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    // About 2 s; the margin is for a busy machine.
    expect(Date.now() - started).toBeLessThan(6000);
  });
});

describe('"Erase everything"', () => {
  it("removes the writer's temporary files", async () => {
    await start();
    await h.invoke('saveAnswers', doc('secret'));
    writeFileSync(path.join(userData, 'answers.json.2871346190'), JSON.stringify(doc('secret')));
    await h.invoke('eraseEverything');
    expect(readdirSync(userData).filter((n) => n.startsWith('answers'))).toEqual([]);
  });

  it('waits for a save in flight, so the old answers cannot come back', async () => {
    await start();
    await h.invoke('saveAnswers', doc('old'));
    // The next save is held inside its first step (mkdir): it has started and not finished when erase is asked.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = false;
    const mkdir = fsp.mkdir.bind(fsp);
    vi.spyOn(fsp, 'mkdir').mockImplementation((async (...args: Parameters<typeof fsp.mkdir>) => {
      started = true;
      await gate;
      return mkdir(...args);
    }) as never);
    const inFlight = h.invoke('saveAnswers', doc('older still typed'));
    await until(() => started, 'the save to start');
    const erasing = h.invoke('eraseEverything');
    // An erase that did not wait would run now, before the save writes.
    await settle();
    release();
    await Promise.all([inFlight.catch(() => {}), erasing]);
    await settle();
    expect(readdirSync(userData).filter((n) => n.startsWith('answers'))).toEqual([]);
    await h.invoke('saveAnswers', doc('fresh'));
    expect(onDisk('answers.previous.json')).toBeNull();
  });

  it('resets the preferences even when removing the answers fails, and says what was not erased', async () => {
    await start();
    await h.invoke('updatePreferences', { language: 'es' });
    await h.invoke('saveAnswers', doc('kept by a lock'));
    failFor('rm', (f) => path.basename(f) === 'answers.json', 'EBUSY');
    const result = await h.invoke('eraseEverything');
    expect(result).toEqual({ erased: false, notErased: ['answers.json'] });
    await expect(h.invoke('getPreferences')).resolves.toMatchObject({ languageChosen: false });
    expect(existsSync(path.join(userData, 'preferences.json'))).toBe(false);
    expect(h.menus.at(-1)?.getMenuItemById('file')?.['label']).toBe('File');
  });
});

describe('import', () => {
  function choose(file: string): void {
    h.dialogs.answer('showOpenDialog', { canceled: false, filePaths: [file] });
  }

  it('accepts a UTF-8 byte-order mark', async () => {
    await start();
    const file = path.join(root, 'with-bom.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(doc('from a BOM file'))}`);
    choose(file);
    await expect(h.invoke('importAnswers')).resolves.toMatchObject({ status: 'imported', fileName: 'with-bom.json' });
  });

  it('refuses a FIFO at once', { timeout: 4000 }, async () => {
    await start();
    const fifo = path.join(root, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    fifos.push(fifo);
    choose(fifo);
    await expect(h.invoke('importAnswers')).resolves.toMatchObject({ status: 'rejected', problem: { kind: 'unreadable' }, fileName: 'pipe.json' });
  });

  it('refuses a device and a folder at once', async () => {
    await start();
    choose('/dev/null');
    await expect(h.invoke('importAnswers')).resolves.toMatchObject({ status: 'rejected', problem: { kind: 'unreadable' } });
    choose(root);
    await expect(h.invoke('importAnswers')).resolves.toMatchObject({ status: 'rejected', problem: { kind: 'unreadable' } });
  });

  it("never reads past the size limit, even when the file grows after it was measured", async () => {
    await start();
    const file = path.join(root, 'grows.json');
    writeFileSync(file, `{"pad":"${'x'.repeat(4 * ANSWERS_FILE_MAX_BYTES)}"}`);
    // The reader measures the open file (handle.stat()): it is told the file is small, as if it grew after.
    const probe = await fsp.open(file);
    const fileHandle = Object.getPrototypeOf(probe) as fsp.FileHandle;
    await probe.close();
    vi.spyOn(fileHandle, 'stat').mockResolvedValue({ size: 10, isFile: () => true, isDirectory: () => false } as never);
    // Every byte read from the file, by any route, is counted.
    let bytesRead = 0;
    const read = fileHandle.read;
    vi.spyOn(fileHandle, 'read').mockImplementation(async function (this: fsp.FileHandle, ...args: unknown[]) {
      const result = await (read as (...a: unknown[]) => Promise<{ bytesRead: number }>).apply(this, args);
      bytesRead += result.bytesRead;
      return result;
    } as never);
    const readWhole = fileHandle.readFile;
    vi.spyOn(fileHandle, 'readFile').mockImplementation(async function (this: fsp.FileHandle, ...args: unknown[]) {
      const result = await (readWhole as (...a: unknown[]) => Promise<Buffer | string>).apply(this, args);
      bytesRead += result.length;
      return result;
    } as never);
    choose(file);
    await expect(h.invoke('importAnswers')).resolves.toMatchObject({ status: 'rejected', problem: { kind: 'too-large' } });
    expect(bytesRead).toBeGreaterThan(0);
    expect(bytesRead).toBeLessThanOrEqual(ANSWERS_FILE_MAX_BYTES + 1);
  });

  it("never sends the file's bytes or absolute paths to the renderer", async () => {
    await start();
    const file = path.join(root, 'secret.json');
    writeFileSync(file, 'MY-PRIVATE-NOTE that is not JSON');
    choose(file);
    const gone = path.join(root, 'gone.json');
    const responses = [await h.invokeRaw('importAnswers')];
    choose(gone);
    responses.push(await h.invokeRaw('importAnswers'));
    const text = JSON.stringify(responses);
    expect(text).toContain('secret.json');
    expect(text).not.toContain('PRIVATE');
    expect(text).not.toContain(root);
  });
});

describe('the protocol handler', () => {
  it('puts the CSP on its 404 replies too', async () => {
    await start();
    for (const url of ['app://bundle/missing.js', 'app://bundle/../../etc/passwd', 'app://other/index.html']) {
      const response = await h.fetch(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });
});
