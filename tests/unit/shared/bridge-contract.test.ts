import { describe, expect, it, vi } from 'vitest';
import { bridgeContract, dispatchBridgeCall, parseBridgeRequest } from '../../../shared/bridge/contract';
import { BRIDGE_METHODS, BridgeError, bridgeChannel, unwrapEnvelope } from '../../../shared/bridge/methods';
import { emptyAnswers } from '../../../shared/answers/empty';
import { SCHEMA_VERSION } from '../../../shared/answers/types';
import { stubHandlers } from '../../support/stub-handlers';

const handlers = stubHandlers;

describe('the bridge contract', () => {
  it('declares exactly the methods the preload forwards, each on its own channel', () => {
    expect(Object.keys(bridgeContract).sort()).toEqual([...BRIDGE_METHODS].sort());
    expect(new Set(BRIDGE_METHODS.map(bridgeChannel)).size).toBe(BRIDGE_METHODS.length);
  });

  it('accepts a valid request', () => {
    expect(parseBridgeRequest('updatePreferences', { language: 'es' })).toEqual({ ok: true, value: { language: 'es' } });
    expect(parseBridgeRequest('updatePreferences', { theme: 'contrast', textSize: 200 })).toEqual({ ok: true, value: { theme: 'contrast', textSize: 200 } });
    expect(parseBridgeRequest('getAppInfo', undefined)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['updatePreferences', { language: 'fr' }, 'language'],
    ['updatePreferences', { textSize: 300 }, 'textSize'],
    ['updatePreferences', { theme: 'neon' }, 'theme'],
    ['updatePreferences', { language: 'es', extra: 1 }, '(request)'],
    ['updatePreferences', null, '(request)'],
    ['updatePreferences', 'es', '(request)'],
    ['getAppInfo', { sneaky: true }, '(request)'],
    ['saveAnswers', { ...emptyAnswers('self'), schemaVersion: SCHEMA_VERSION + 1 }, 'schemaVersion'],
    ['saveAnswers', { ...emptyAnswers('self'), answers: { opioidsNow: 'yes please' } }, 'answers.opioidsNow'],
    ['exportAnswers', 'not a document', '(request)'],
    ['loadAnswers', 'x', '(request)'],
  ] as const)('rejects %s(%j) naming %s', (method, payload, path) => {
    const result = parseBridgeRequest(method, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toContain(`${method}: ${path}`);
    }
  });

  it('never calls a handler with an invalid payload', async () => {
    const updatePreferences = vi.fn();
    const envelope = await dispatchBridgeCall(handlers({ updatePreferences }), 'updatePreferences', { language: 42 });
    expect(envelope.ok).toBe(false);
    expect(updatePreferences).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error envelope instead of throwing', async () => {
    const envelope = await dispatchBridgeCall(
      handlers({
        updatePreferences: () => {
          throw new Error('disk full');
        },
      }),
      'updatePreferences',
      { language: 'es' },
    );
    expect(envelope).toEqual({ ok: false, error: { code: 'failed', message: 'updatePreferences: disk full' } });
  });

  it('unwraps values and rejects errors with their code', async () => {
    const ok = await dispatchBridgeCall(handlers(), 'getAppInfo', undefined);
    expect(unwrapEnvelope(ok)).toEqual({ name: 'Aid', version: '1.2.3', clinic: null, restartedForClinic: false });
    const bad = await dispatchBridgeCall(handlers(), 'updatePreferences', { language: 'zz' });
    expect(() => unwrapEnvelope(bad)).toThrow(BridgeError);
    expect(() => unwrapEnvelope(bad)).toThrow(/^\[invalid-request\] updatePreferences: language/);
  });
});

describe('clinic mode in the contract (getAppInfo tells the page)', () => {
  const info = bridgeContract.getAppInfo.response;

  it('says off (null) or the idle minutes, and nothing else', () => {
    const r = { restartedForClinic: false };
    expect(info.safeParse({ name: 'Aid', version: '1', clinic: null, ...r }).success).toBe(true);
    expect(info.safeParse({ name: 'Aid', version: '1', clinic: { idleMinutes: 5 }, ...r }).success).toBe(true);
    expect(info.safeParse({ name: 'Aid', version: '1', ...r }).success).toBe(false);
    expect(info.safeParse({ name: 'Aid', version: '1', clinic: { idleMinutes: 0 }, ...r }).success).toBe(false);
    expect(info.safeParse({ name: 'Aid', version: '1', clinic: { idleMinutes: 5, extra: true }, ...r }).success).toBe(false);
    expect(info.safeParse({ name: 'Aid', version: '1', clinic: true, ...r }).success).toBe(false);
  });

  it('says whether this clinic copy replaced a plain one (a boolean, always present)', () => {
    expect(info.safeParse({ name: 'Aid', version: '1', clinic: { idleMinutes: 5 }, restartedForClinic: true }).success).toBe(true);
    expect(info.safeParse({ name: 'Aid', version: '1', clinic: { idleMinutes: 5 } }).success).toBe(false);
    expect(info.safeParse({ name: 'Aid', version: '1', clinic: { idleMinutes: 5 }, restartedForClinic: 'yes' }).success).toBe(false);
  });

  it('is what both hosts answer: the browser bridge, in and out of clinic mode', async () => {
    const { memoryBridge } = await import('../../support/memory-bridge');
    for (const clinic of [null, { idleMinutes: 7 }]) {
      const answered = await memoryBridge({ clinic }).bridge.getAppInfo();
      // The browser never replaces a running copy: never restarted.
      expect(info.safeParse(answered)).toMatchObject({ success: true, data: { clinic, restartedForClinic: false } });
    }
  });
});
