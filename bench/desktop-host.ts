// The renderer as it runs in the desktop app, for the benchmark (the Electron binary cannot be run
// here). The production preload (out/electron/preload.cjs) runs in the page before its scripts, over
// an ipcRenderer whose invoke crosses to this Node process the way IPC crosses to the main process:
// a message from the renderer through the browser process to the host (a DevTools-protocol binding,
// answered with Runtime.evaluate). It does not go through the network stack, which IPC never touches
// (an HTTP POST stand-in made each call cost the page a request: about 20 ms more per start), nor
// through Playwright's exposeBinding machinery (tens of milliseconds a call). Here the main process's
// own stores answer, in a temporary user-data folder, after the contract's validation, so the page
// does no host work, exactly as in the app.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
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

/**
 * A local server that hands out a built folder the way the desktop app's app:// handler does (the same
 * file lookup and headers, files as they are on disk, not compressed). Both the app and the minimal
 * page are served by it, so neither pays for a server the other does not.
 */
export async function serveLikeTheApp(rootDir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
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

const BINDING = '__benchIpc';
const REPLY = '__benchIpcReply';

export interface DesktopHost {
  /** A new page of the context whose IPC this host answers (pages made otherwise have no host). */
  newPage(): Promise<Page>;
  /** Waits for the calls still being answered (a save sent as a page closed), then removes the user data. */
  close(): Promise<void>;
}

/** Answers the pages of `context` the way the desktop app's main process does. */
export async function attachDesktopHost(context: BrowserContext, saved?: AnswersDocument): Promise<DesktopHost> {
  const userData = await mkdtemp(path.join(tmpdir(), 'ldn-bench-'));
  const preferences = new PreferencesStore(userData);
  const answers = createAnswersStore(userData);
  if (saved) await answers.save(saved);
  await preferences.load();
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { productName: string; version: string };
  const current = () => resolvePreferences(preferences.stored, SYSTEM_LANGUAGES, REGION);
  const handlers: BridgeHandlers = {
    getAppInfo: () => ({ name: pkg.productName, version: pkg.version, clinic: null, restartedForClinic: false }),
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
    listPrinters: () => notInBench('listPrinters'),
    printSheetTo: () => notInBench('printSheetTo'),
  };
  const byChannel = new Map(BRIDGE_METHODS.map((method) => [bridgeChannel(method), method]));
  const inFlight = new Set<Promise<unknown>>();
  const answer = (channel: string, payload: unknown): Promise<unknown> => {
    const method = byChannel.get(channel);
    const envelope = method ? dispatchBridgeCall(handlers, method, payload) : Promise.resolve({ ok: false, error: { code: 'failed', message: `no channel ${channel}` } });
    inFlight.add(envelope);
    void envelope.finally(() => inFlight.delete(envelope));
    return envelope;
  };
  const preload = await readFile('out/electron/preload.cjs', 'utf8');
  // Runs in every document of the context before its own scripts, as the preload does in Electron.
  await context.addInitScript(`(() => {
    const send = window.${BINDING};
    delete window.${BINDING};
    const waiting = new Map();
    let last = 0;
    window.${REPLY} = (seq, json) => {
      const resolve = waiting.get(seq);
      waiting.delete(seq);
      resolve?.(JSON.parse(json));
    };
    const electron = {
      contextBridge: { exposeInMainWorld: (key, api) => { window[key] = Object.freeze(api); } },
      ipcRenderer: {
        invoke: (channel, payload) =>
          new Promise((resolve) => {
            const seq = ++last;
            waiting.set(seq, resolve);
            send(JSON.stringify({ seq, channel, payload }));
          }),
        on() {},
        removeListener() {},
      },
    };
    const require = (id) => { if (id === 'electron') return electron; throw new Error('the preload may only require electron, not ' + id); };
    const module = { exports: {} };
    (function (require, module, exports) {\n${preload}\n})(require, module, module.exports);
  })();`);
  return {
    async newPage() {
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      session.on('Runtime.bindingCalled', (event) => {
        if (event.name !== BINDING) return;
        const { seq, channel, payload } = JSON.parse(event.payload) as { seq: number; channel: string; payload: unknown };
        void answer(channel, payload).then((envelope) =>
          session
            .send('Runtime.evaluate', { expression: `${REPLY}(${seq}, ${JSON.stringify(JSON.stringify(envelope))})`, contextId: event.executionContextId })
            // The page may have gone (closed or navigated) before its answer came back.
            .catch(() => {}),
        );
      });
      // Exposed in this page's every document from now on, before any of its scripts run (bindings are
      // only installed, and their calls only reported, with the Runtime domain on).
      await session.send('Runtime.addBinding', { name: BINDING });
      await session.send('Runtime.enable');
      return page;
    },
    async close() {
      await Promise.allSettled(inFlight);
      await rm(userData, { recursive: true, force: true });
    },
  };
}
