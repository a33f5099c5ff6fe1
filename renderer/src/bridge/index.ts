// The renderer's single way to reach its host. In Electron the preload has put the bridge on
// window, and the main process validates every call: the page loads no validation code at all.
// Anywhere else (browser preview, tests) the browser implementation stands in; it carries the
// schemas and storage code, so it is loaded only then. `?clinic` in the address runs it in clinic
// mode (a shared computer), with nothing kept in localStorage: for the preview and the browser tests.
import type { DecisionAidApi } from '../../../shared/bridge/contract';
import { BRIDGE_GLOBAL } from '../../../shared/bridge/methods';
import { DEFAULT_IDLE_MINUTES } from '../../../shared/clinic/timing';
import { pseudoRtlFlagSet } from '../pseudo-rtl';

let bridge: Promise<DecisionAidApi> | null = null;

export function getBridge(): Promise<DecisionAidApi> {
  bridge ??= hostBridge() ?? browserBridge();
  return bridge;
}

/** The test-only right-to-left pseudo-locale: only with the browser bridge, and only when a test set its flag. */
export function pseudoRtlForTests(): boolean {
  return hostBridge() === null && pseudoRtlFlagSet();
}

/**
 * Made-up printers for the preview and the browser tests of clinic printing: `?printers=none` or
 * `?printers=one` give those cases; otherwise two, the second the default.
 */
function previewPrinters(asked: string | null) {
  const all = [
    { name: 'Reception_Laser', label: 'Reception laser printer' },
    { name: 'Room_2_Color', label: 'Room 2 color printer' },
  ];
  if (asked === 'none') return { printers: [], defaultPrinter: null };
  if (asked === 'one') return { printers: all.slice(0, 1), defaultPrinter: 'Reception_Laser' };
  return { printers: all, defaultPrinter: 'Room_2_Color' };
}

function hostBridge(): Promise<DecisionAidApi> | null {
  const exposed = (window as unknown as Record<string, DecisionAidApi | undefined>)[BRIDGE_GLOBAL];
  return exposed ? Promise.resolve(exposed) : null;
}

async function browserBridge(): Promise<DecisionAidApi> {
  const [{ createBrowserBridge }, { downloadText, pickJsonFile }, { memoryStorage }] = await Promise.all([
    import('./browser-bridge'),
    import('./browser-files'),
    import('./memory-storage'),
  ]);
  const query = new URLSearchParams(window.location.search);
  const clinic = query.has('clinic') ? { idleMinutes: DEFAULT_IDLE_MINUTES } : null;
  return createBrowserBridge({
    clinic,
    printers: previewPrinters(query.get('printers')),
    storage: clinic ? memoryStorage() : window.localStorage,
    preferredLanguages: navigator.languages,
    appInfo: { name: __APP_NAME__, version: __APP_VERSION__ },
    download: downloadText,
    pickFile: pickJsonFile,
    print: () => window.print(),
    keyTarget: window,
  });
}
