import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerBridge } from '../../../electron/logic/bridge-ipc';
import { stubHandlers } from '../../support/stub-handlers';
import { BRIDGE_METHODS, bridgeChannel } from '../../../shared/bridge/methods';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

function setup(trusted: boolean) {
  const registered = new Map<string, Listener>();
  const ipc = { handle: vi.fn((channel: string, listener: Listener) => registered.set(channel, listener)) };
  const handlers = stubHandlers();
  registerBridge(ipc as never, handlers, () => trusted);
  const call = (method: string, payload?: unknown) => {
    const listener = registered.get(method);
    if (!listener) throw new Error(`no handler for ${method}`);
    return listener({} as IpcMainInvokeEvent, payload);
  };
  return { registered, handlers, call };
}

describe('registerBridge', () => {
  it('registers one handler per contract method and nothing else', () => {
    const { registered } = setup(true);
    expect([...registered.keys()].sort()).toEqual(BRIDGE_METHODS.map(bridgeChannel).sort());
  });

  it('answers a trusted, valid call', async () => {
    const { call, handlers } = setup(true);
    await expect(call(bridgeChannel('updatePreferences'), { language: 'es' })).resolves.toMatchObject({ ok: true, value: { language: 'es', languageChosen: true } });
    expect(handlers.updatePreferences).toHaveBeenCalledWith({ language: 'es' });
  });

  it('refuses an untrusted sender without running the handler', async () => {
    const { call, handlers } = setup(false);
    const result = await call(bridgeChannel('updatePreferences'), { language: 'es' });
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(handlers.updatePreferences).not.toHaveBeenCalled();
  });

  it('returns a clear error for an invalid payload, never throws', async () => {
    const { call, handlers } = setup(true);
    const result = await call(bridgeChannel('updatePreferences'), { language: '../../etc' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('language') } });
    expect(handlers.updatePreferences).not.toHaveBeenCalled();
  });
});
