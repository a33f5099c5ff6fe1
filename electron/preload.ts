// The only door between the page and the main process. It exposes exactly the bridge contract's
// calls, each forwarded with ipcRenderer.invoke; no Electron object ever reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  BRIDGE_METHODS,
  COMMAND_CHANNEL,
  bridgeChannel,
  isHostCommand,
  unwrapEnvelope,
  type BridgeEnvelope,
  type HostCommand,
} from '../shared/bridge/methods';

const api = {
  ...Object.fromEntries(
    BRIDGE_METHODS.map((method) => [
      method,
      async (request?: unknown) => unwrapEnvelope((await ipcRenderer.invoke(bridgeChannel(method), request)) as BridgeEnvelope<unknown>),
    ]),
  ),
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
