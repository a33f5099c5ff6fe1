// Registers every bridge call with IPC through one helper: each call is answered only for a
// trusted sender, and its payload is validated by the shared contract before a handler sees it.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { dispatchBridgeCall, type BridgeHandlers } from '../../shared/bridge/contract';
import { BRIDGE_METHODS, bridgeChannel, type BridgeEnvelope } from '../../shared/bridge/methods';

export function registerBridge(
  ipc: Pick<IpcMain, 'handle'>,
  handlers: BridgeHandlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const method of BRIDGE_METHODS) {
    ipc.handle(bridgeChannel(method), async (event, payload: unknown): Promise<BridgeEnvelope<unknown>> => {
      if (!isTrusted(event)) {
        return { ok: false, error: { code: 'untrusted-sender', message: `${method}: refused a call from outside the app` } };
      }
      return dispatchBridgeCall(handlers, method, payload);
    });
  }
}
