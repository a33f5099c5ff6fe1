import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, BRIDGE_METHODS, COMMAND_CHANNEL, STARTUP_CALLS, bridgeChannel } from '../../../shared/bridge/methods';

// A factory mock: the real 'electron' package would try to download its binary.
const exposeInMainWorld = vi.fn();
const invoke = vi.fn();
const on = vi.fn();
const removeListener = vi.fn();
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke, on, removeListener } }));

type Api = Record<string, (request?: unknown) => Promise<unknown>>;

async function loadPreload(): Promise<Api> {
  vi.resetModules();
  exposeInMainWorld.mockClear();
  await import('../../../electron/preload');
  expect(exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = exposeInMainWorld.mock.calls[0] as [string, Api];
  expect(name).toBe(BRIDGE_GLOBAL);
  return api;
}

describe('the preload', () => {
  beforeEach(() => {
    invoke.mockReset();
    invoke.mockResolvedValue({ ok: true, value: 'answer' });
  });

  it('exposes exactly the contract methods and onCommand, all functions, and no ipcRenderer', async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual([...BRIDGE_METHODS, 'onCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('forwards a call with invoke on the method channel and unwraps the answer', async () => {
    const api = await loadPreload();
    invoke.mockResolvedValue({ ok: true, value: { language: 'es', languageChosen: true } });
    await expect(api.updatePreferences?.({ language: 'es' })).resolves.toEqual({ language: 'es', languageChosen: true });
    expect(invoke).toHaveBeenCalledWith(bridgeChannel('updatePreferences'), { language: 'es' });
  });

  it('rejects with the error the main process reported', async () => {
    const api = await loadPreload();
    invoke.mockResolvedValue({ ok: false, error: { code: 'invalid-request', message: 'updatePreferences: language: bad' } });
    await expect(api.updatePreferences?.({ language: 'x' })).rejects.toThrow('[invalid-request] updatePreferences: language: bad');
  });

  it('passes known host commands to the page without the IPC event, drops others, and can stop', async () => {
    const api = (await loadPreload()) as unknown as { onCommand(listener: (c: string) => void): () => void };
    const heard: unknown[] = [];
    const stop = api.onCommand((...args) => heard.push(args));
    const [channel, forward] = on.mock.calls.at(-1) as [string, (event: unknown, command: unknown) => void];
    expect(channel).toBe(COMMAND_CHANNEL);
    forward({ sender: 'secret ipc object' }, 'print');
    forward({}, 'format-disk');
    forward({}, { command: 'print' });
    expect(heard).toEqual([['print']]);
    stop();
    expect(removeListener).toHaveBeenCalledWith(COMMAND_CHANNEL, forward);
  });

  it('asks for the preferences and the saved answers as it loads, and hands them to the page\'s first calls only', async () => {
    invoke.mockImplementation(async (channel: string) => ({ ok: true, value: `early ${channel}` }));
    const api = await loadPreload();
    expect(invoke.mock.calls).toEqual(STARTUP_CALLS.map((method) => [bridgeChannel(method), undefined]));
    await expect(api.getPreferences?.()).resolves.toBe(`early ${bridgeChannel('getPreferences')}`);
    await expect(api.loadAnswers?.()).resolves.toBe(`early ${bridgeChannel('loadAnswers')}`);
    expect(invoke).toHaveBeenCalledTimes(STARTUP_CALLS.length);
    // Later calls always reach the main process, so they see every change made since.
    invoke.mockResolvedValue({ ok: true, value: 'fresh' });
    await expect(api.loadAnswers?.()).resolves.toBe('fresh');
    expect(invoke).toHaveBeenLastCalledWith(bridgeChannel('loadAnswers'), undefined);
  });

  it('asks again when an early answer is an error or IPC failed, and never leaves a rejection unhandled', async () => {
    invoke
      .mockResolvedValueOnce({ ok: false, error: { code: 'untrusted-sender', message: 'getPreferences: refused' } })
      .mockRejectedValueOnce(new Error('no handler yet'))
      .mockResolvedValue({ ok: true, value: 'second try' });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const api = await loadPreload();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(api.getPreferences?.()).resolves.toBe('second try');
      await expect(api.loadAnswers?.()).resolves.toBe('second try');
      // Every startup call once, then the two whose early answer failed once more.
      expect(invoke).toHaveBeenCalledTimes(STARTUP_CALLS.length + 2);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
