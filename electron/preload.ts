// The only door between the page and the main process. It exposes exactly the bridge contract's
// calls, each forwarded with ipcRenderer.invoke; no Electron object ever reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, BRIDGE_METHODS, bridgeChannel, unwrapEnvelope, type BridgeEnvelope } from '../shared/bridge/methods';

const api = Object.fromEntries(
  BRIDGE_METHODS.map((method) => [
    method,
    async (request?: unknown) => unwrapEnvelope((await ipcRenderer.invoke(bridgeChannel(method), request)) as BridgeEnvelope<unknown>),
  ]),
);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
