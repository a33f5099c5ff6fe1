// The real electron/main.ts, run against the Electron test double (tests/support/electron-harness.ts):
// its wiring, as a whole, where tests of single parts cannot see it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, until, type Harness, type HarnessOptions } from '../../support/electron-harness';
import { BRIDGE_METHODS, bridgeChannel } from '../../../shared/bridge/methods';

vi.mock('electron', async () => (await import('../../support/electron-harness')).electronModule());

let root: string;
let h: Harness;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ldn-main-'));
});
afterEach(() => {
  h?.dispose();
  rmSync(root, { recursive: true, force: true });
});

async function start(options: Partial<HarnessOptions> = {}): Promise<Harness> {
  h = createHarness({ userData: path.join(root, 'userData'), ...options });
  await h.launch();
  await h.ready();
  return h;
}

describe('main.ts wiring', () => {
  it('opens one locked-down window on app://, with every bridge call, the protocol, the request filter and the menu', async () => {
    await start();
    expect(h.openWindows).toHaveLength(1);
    const window = h.mainWindow;
    expect(window.webContents.loads).toEqual(['app://bundle/index.html']);
    expect(window.isVisible()).toBe(true);
    expect(window.createdWith).toEqual({ ipcChannels: BRIDGE_METHODS.length, protocolHandled: true });
    expect([...h.ipc.handlers.keys()].sort()).toEqual(BRIDGE_METHODS.map(bridgeChannel).sort());
    expect(window.webContents.openWindow('https://example.com/')).toBe('deny');
    expect(window.webContents.navigate('https://example.com/')).toBe(false);
    expect(await h.allowsRequest('https://example.com/')).toBe(false);
    expect(await h.allowsRequest('app://bundle/index.html')).toBe(true);
    expect(h.menus.at(-1)?.getMenuItemById('file')?.['label']).toBe('File');
    expect(h.shellCalls).toEqual([]);
  });

  it('on Linux, asks Chromium for the system voices (speech-dispatcher) so Read aloud can find them; elsewhere it need not', async () => {
    await start({ platform: 'linux' });
    expect(h.appendedSwitches).toContain('enable-speech-dispatcher');
    h.dispose();
    await start({ platform: 'darwin' });
    expect(h.appendedSwitches).not.toContain('enable-speech-dispatcher');
  });

  it('answers the bridge for the app page only', async () => {
    await start();
    await expect(h.invoke('getAppInfo')).resolves.toMatchObject({ version: '0.1.0' });
    const iframe = h.mainWindow.webContents.mainFrame.addChild('app://bundle/index.html');
    await expect(h.invokeRaw('getAppInfo', undefined, { frame: iframe })).resolves.toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('a second launch focuses the first window and makes none of its own', async () => {
    await start();
    const lock = h.lock;
    h.mainWindow.minimize();
    const first = h;
    const second = createHarness({ userData: path.join(root, 'userData'), lock });
    await second.launch();
    await second.ready();
    expect(second.openWindows).toHaveLength(0);
    expect(second.ended).not.toBeNull();
    second.dispose();
    first.install();
    await until(() => !first.mainWindow.isMinimized(), 'the first window to be restored');
    expect(first.openWindows).toHaveLength(1);
  });
});
