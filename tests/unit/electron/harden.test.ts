import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/logic/app-origin';
import { hardenSession, hardenWebContents } from '../../../electron/logic/harden';

const policy = { devServerOrigin: null };

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void; url?: string }) => void>();
  let openHandler: (() => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: (event: { preventDefault: () => void; url?: string }) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: () => { action: string }) => {
      openHandler = handler;
    },
  };
  hardenWebContents(contents as never, policy);
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn(), ...(url ? { url } : {}) };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, open: () => openHandler?.() };
}

describe('web contents are locked to the app', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s away is refused, within the app allowed', (name) => {
    const { fire } = fakeContents();
    expect(fire(name, 'https://example.com/')).toBe(true);
    expect(fire(name, 'file:///etc/passwd')).toBe(true);
    expect(fire(name, `${APP_ENTRY_URL}#/sheet`)).toBe(false);
  });

  it('never opens a new window and never attaches a <webview>', () => {
    const { fire, open } = fakeContents();
    expect(open()).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('the session', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const ses = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      webRequest: { onBeforeRequest: (h: never) => (handlers.beforeRequest = h) },
    };
    hardenSession(ses as never, policy);
    return handlers as Record<string, (...args: unknown[]) => unknown>;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('refuses the %s permission', (permission) => {
    const handlers = fakeSession();
    const callback = vi.fn();
    handlers.request?.({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers.check?.({}, permission)).toBe(false);
    expect(handlers.device?.({})).toBe(false);
  });

  it('cancels every request that is not for the app itself', () => {
    const handlers = fakeSession();
    const decide = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://fonts.googleapis.com/css')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(decide('app://bundle/assets/index.js')).toEqual({ cancel: false });
  });
});

describe('no external links', () => {
  it('nothing in the app calls shell.openExternal (there is no allow-list because there is nothing to open)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const sources = ['electron', 'renderer', 'shared'].flatMap(files).filter((f) => /\.(ts|tsx)$/.test(f));
    expect(sources.length).toBeGreaterThan(20);
    for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toMatch(/openExternal|\bshell\b\s*[.,}]/);
  });
});
