// The renderer's single way to reach its host. In Electron the preload has put the bridge on
// window; anywhere else (browser preview, tests) the browser implementation stands in.
import type { DecisionAidApi } from '../../../shared/bridge/contract';
import { BRIDGE_GLOBAL } from '../../../shared/bridge/methods';
import { createBrowserBridge } from './browser-bridge';
import { downloadText, pickJsonFile } from './browser-files';

let bridge: DecisionAidApi | null = null;

export function getBridge(): DecisionAidApi {
  if (bridge) return bridge;
  const exposed = (window as unknown as Record<string, DecisionAidApi | undefined>)[BRIDGE_GLOBAL];
  bridge =
    exposed ??
    createBrowserBridge({
      storage: window.localStorage,
      preferredLanguages: navigator.languages,
      appInfo: { name: __APP_NAME__, version: __APP_VERSION__ },
      download: downloadText,
      pickFile: pickJsonFile,
      print: () => window.print(),
      keyTarget: window,
    });
  return bridge;
}
