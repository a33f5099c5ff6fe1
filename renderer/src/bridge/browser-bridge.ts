// The bridge for the browser preview and the Chromium tests: the same contract, the same
// validation, with localStorage instead of the main process.
import { dispatchBridgeCall, type BridgeHandlers, type DecisionAidApi } from '../../../shared/bridge/contract';
import { BRIDGE_METHODS, unwrapEnvelope } from '../../../shared/bridge/methods';
import { chooseLanguage, isSupportedLanguage } from '../../../shared/i18n/languages';

export const PREFERENCES_KEY = 'ldn-decision-aid:preferences';

export interface BrowserBridgeInputs {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  preferredLanguages: readonly string[];
  appInfo: { name: string; version: string };
}

function savedLanguage(storage: BrowserBridgeInputs['storage']): string | null {
  try {
    const raw = storage.getItem(PREFERENCES_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    const language = (parsed as { language?: unknown } | null)?.language;
    return isSupportedLanguage(language) ? language : null;
  } catch {
    return null;
  }
}

export function createBrowserBridge({ storage, preferredLanguages, appInfo }: BrowserBridgeInputs): DecisionAidApi {
  const handlers: BridgeHandlers = {
    getAppInfo: () => appInfo,
    getPreferences: () => {
      const saved = savedLanguage(storage);
      return saved && isSupportedLanguage(saved)
        ? { language: saved, languageChosen: true }
        : { language: chooseLanguage(preferredLanguages), languageChosen: false };
    },
    setLanguage: ({ language }) => {
      storage.setItem(PREFERENCES_KEY, JSON.stringify({ schemaVersion: 1, language }));
      return { language, languageChosen: true };
    },
  };
  return Object.fromEntries(
    BRIDGE_METHODS.map((method) => [method, async (request?: unknown) => unwrapEnvelope(await dispatchBridgeCall(handlers, method, request))]),
  ) as DecisionAidApi;
}
