// The renderer as it runs in the desktop app, for the benchmark (the Electron binary cannot be run
// here). The production preload (out/electron/preload.cjs) runs in the page before its scripts, over
// an ipcRenderer whose invoke crosses to this Node process, as IPC crosses to the main process: a
// same-origin POST that the preview server hands to desktopHostPlugin (a Playwright binding would
// be truer to form but costs tens of milliseconds a call, where IPC costs well under one). Here the
// main process's own stores answer, in a temporary user-data folder, after the contract's
// validation, so the page does no host work, exactly as in the app.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BrowserContext } from '@playwright/test';
import type { Plugin } from 'vite';
import { createAnswersStore } from '../electron/store/answers';
import { PreferencesStore } from '../electron/store/preferences';
import type { AnswersDocument } from '../shared/answers/types';
import { dispatchBridgeCall, type BridgeHandlers } from '../shared/bridge/contract';
import { BRIDGE_METHODS, bridgeChannel, type BridgeMethod } from '../shared/bridge/methods';
import { resolvePreferences } from '../shared/preferences';

const SYSTEM_LANGUAGES = ['en-US'];
const REGION = 'US';

/** Calls the desktop app makes through dialogs or the printer: not part of what is measured. */
function notInBench(method: BridgeMethod): never {
  throw new Error(`${method} is not part of the benchmark`);
}

const IPC_PATH = '/__bench-ipc/';
const hosts = new Map<string, (channel: string, payload: unknown) => Promise<unknown>>();

/** For the preview server: answers the pages' IPC calls with the host attached to their context. */
export function desktopHostPlugin(): Plugin {
  return {
    name: 'bench-desktop-host',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.method !== 'POST' || !request.url?.startsWith(IPC_PATH)) return next();
        const host = hosts.get(request.url.slice(IPC_PATH.length));
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const { channel, payload } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { channel: string; payload: unknown };
          const answer = host ? host(channel, payload) : Promise.resolve({ ok: false, error: { code: 'failed', message: 'no host' } });
          void answer.then((envelope) => {
            response.setHeader('Content-Type', 'application/json');
            response.end(JSON.stringify(envelope));
          });
        });
      });
    },
  };
}

/** Serves every page of `context` the way the desktop app's main process does; returns a cleanup. */
export async function attachDesktopHost(context: BrowserContext, saved?: AnswersDocument): Promise<() => Promise<void>> {
  const userData = await mkdtemp(path.join(tmpdir(), 'ldn-bench-'));
  const preferences = new PreferencesStore(userData);
  const answers = createAnswersStore(userData);
  if (saved) await answers.save(saved);
  await preferences.load();
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { productName: string; version: string };
  const current = () => resolvePreferences(preferences.stored, SYSTEM_LANGUAGES, REGION);
  const handlers: BridgeHandlers = {
    getAppInfo: () => ({ name: pkg.productName, version: pkg.version }),
    getPreferences: () => current(),
    updatePreferences: async (patch) => {
      await preferences.update(patch);
      return current();
    },
    loadAnswers: () => answers.load(),
    saveAnswers: async (document) => {
      await answers.save(document);
      return { saved: true as const };
    },
    eraseEverything: () => notInBench('eraseEverything'),
    exportAnswers: () => notInBench('exportAnswers'),
    importAnswers: () => notInBench('importAnswers'),
    printSheet: () => notInBench('printSheet'),
    saveSheetPdf: () => notInBench('saveSheetPdf'),
  };
  const byChannel = new Map(BRIDGE_METHODS.map((method) => [bridgeChannel(method), method]));
  const id = randomUUID();
  hosts.set(id, async (channel, payload) => {
    const method = byChannel.get(channel);
    return method ? dispatchBridgeCall(handlers, method, payload) : { ok: false, error: { code: 'failed', message: `no channel ${channel}` } };
  });
  const preload = await readFile('out/electron/preload.cjs', 'utf8');
  await context.addInitScript(`(() => {
    const electron = {
      contextBridge: { exposeInMainWorld: (key, api) => { window[key] = Object.freeze(api); } },
      ipcRenderer: {
        invoke: (channel, payload) =>
          fetch(${JSON.stringify(IPC_PATH + id)}, { method: 'POST', body: JSON.stringify({ channel, payload }) }).then((r) => r.json()),
        on() {},
        removeListener() {},
      },
    };
    const require = (id) => { if (id === 'electron') return electron; throw new Error('the preload may only require electron, not ' + id); };
    const module = { exports: {} };
    (function (require, module, exports) {\n${preload}\n})(require, module, module.exports);
  })();`);
  return async () => {
    hosts.delete(id);
    await rm(userData, { recursive: true, force: true });
  };
}
