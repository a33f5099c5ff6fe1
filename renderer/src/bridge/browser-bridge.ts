// The bridge for the browser preview and the Chromium tests: the same contract, the same
// validation, with localStorage instead of the main process.
import { dispatchBridgeCall, type BridgeHandlers, type DecisionAidApi } from '../../../shared/bridge/contract';
import { BRIDGE_METHODS, unwrapEnvelope } from '../../../shared/bridge/methods';
import { NOTHING_STORED, applyPreferencesPatch, resolvePreferences, storedPreferencesSchema, type StoredPreferences } from '../../../shared/preferences';

export const PREFERENCES_KEY = 'ldn-decision-aid:preferences';

export interface BrowserBridgeInputs {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  preferredLanguages: readonly string[];
  appInfo: { name: string; version: string };
}

function readStored(storage: BrowserBridgeInputs['storage']): StoredPreferences {
  try {
    const raw = storage.getItem(PREFERENCES_KEY);
    const parsed = storedPreferencesSchema.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : NOTHING_STORED;
  } catch {
    return NOTHING_STORED;
  }
}

export function createBrowserBridge({ storage, preferredLanguages, appInfo }: BrowserBridgeInputs): DecisionAidApi {
  const handlers: BridgeHandlers = {
    getAppInfo: () => appInfo,
    getPreferences: () => resolvePreferences(readStored(storage), preferredLanguages),
    updatePreferences: (patch) => {
      const next = applyPreferencesPatch(readStored(storage), patch);
      storage.setItem(PREFERENCES_KEY, JSON.stringify(next));
      return resolvePreferences(next, preferredLanguages);
    },
  };
  return Object.fromEntries(
    BRIDGE_METHODS.map((method) => [method, async (request?: unknown) => unwrapEnvelope(await dispatchBridgeCall(handlers, method, request))]),
  ) as DecisionAidApi;
}
