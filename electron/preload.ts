// The only door between the page and the main process. It exposes exactly the bridge contract's
// calls, each forwarded with ipcRenderer.invoke; no Electron object ever reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  BRIDGE_METHODS,
  COMMAND_CHANNEL,
  bridgeChannel,
  STARTUP_CALLS,
  isHostCommand,
  unwrapEnvelope,
  type BridgeEnvelope,
  type BridgeMethod,
  type HostCommand,
} from '../shared/bridge/methods';

const ask = (method: BridgeMethod, request?: unknown) => ipcRenderer.invoke(bridgeChannel(method), request) as Promise<BridgeEnvelope<unknown>>;

// What every start asks for first (the page cannot draw without them). Asked for now, while the page's
// scripts are still loading, and handed to the page's first call of each; every later call goes to the
// main process as usual. An early answer that is an error is not kept: the page's call asks again.
const early = new Map<BridgeMethod, Promise<BridgeEnvelope<unknown>>>(
  STARTUP_CALLS.map((method) => {
    const answer = ask(method);
    answer.catch(() => {}); // Consumed (or dropped) by the page's first call; never an unhandled rejection.
    return [method, answer];
  }),
);

async function call(method: BridgeMethod, request?: unknown): Promise<unknown> {
  const started = early.get(method);
  early.delete(method);
  if (started && request === undefined) {
    const envelope = await started.catch(() => null);
    if (envelope?.ok) return envelope.value;
  }
  return unwrapEnvelope(await ask(method, request));
}

const api = {
  ...Object.fromEntries(BRIDGE_METHODS.map((method) => [method, (request?: unknown) => call(method, request)])),
  // The IPC event object never reaches the page: only a known command name does.
  onCommand(listener: (command: HostCommand) => void): () => void {
    const forward = (_event: unknown, command: unknown) => {
      if (isHostCommand(command)) listener(command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
