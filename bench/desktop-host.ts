// The renderer as it runs in the desktop app, for the benchmark (the Electron binary cannot be run
// here). The production preload (out/electron/preload.cjs) runs in the page before its scripts, over
// an ipcRenderer whose invoke crosses to this Node process, as IPC crosses to the main process: a
// same-origin POST to serveLikeTheApp (a Playwright binding would be truer to form but costs tens of
// milliseconds a call, where IPC costs well under one). Here the main process's own stores answer, in
// a temporary user-data folder, after the contract's validation, so the page does no host work,
// exactly as in the app.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { APP_ORIGIN } from '../electron/logic/app-origin';
import { resolveAppAsset } from '../electron/logic/protocol';
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

/**
 * Answers a page's IPC call (a POST to IPC_PATH) with the host attached to its context; false when the
 * request is not one.
 */
export function answerIpc(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'POST' || !request.url?.startsWith(IPC_PATH)) return false;
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
  return true;
}

/**
 * A local server that hands out a built folder the way the desktop app's app:// handler does (the same
 * file lookup and headers, files as they are on disk, not compressed) and answers IPC. Both the app
 * and the minimal page are served by it, so neither pays for a server the other does not.
 */
export async function serveLikeTheApp(rootDir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    if (answerIpc(request, response)) return;
    const asset = resolveAppAsset(`${APP_ORIGIN}${request.url ?? '/'}`, rootDir);
    const fail = () => {
      response.writeHead(404);
      response.end('Not found');
    };
    if (!asset) return fail();
    readFile(asset.filePath).then((body) => {
      response.writeHead(200, asset.headers);
      response.end(body);
    }, fail);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
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
  const inFlight = new Set<Promise<unknown>>();
  hosts.set(id, (channel, payload) => {
    const method = byChannel.get(channel);
    const answer = method ? dispatchBridgeCall(handlers, method, payload) : Promise.resolve({ ok: false, error: { code: 'failed', message: `no channel ${channel}` } });
    inFlight.add(answer);
    void answer.finally(() => inFlight.delete(answer));
    return answer;
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
    // A save the page sent as it closed may still be writing.
    await Promise.allSettled(inFlight);
    await rm(userData, { recursive: true, force: true });
  };
}
