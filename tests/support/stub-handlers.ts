// Host handlers that answer every bridge call with a fixed, valid value; tests override the one
// they look at.
import { vi } from 'vitest';
import { emptyAnswers } from '../../shared/answers/empty';
import type { BridgeHandlers } from '../../shared/bridge/contract';

/** With `spy` (the default) every handler is a vi.fn; fuzzing turns that off (spies keep every call). */
export function stubHandlers(overrides: Partial<BridgeHandlers> = {}, { spy = true } = {}): BridgeHandlers {
  const prefs = { language: 'en' as const, languageChosen: false, theme: 'system' as const, textSize: 100 as const, paperSize: 'Letter' as const, country: 'US' as const, readingSpeed: 'normal' as const };
  const handlers: BridgeHandlers = {
    getAppInfo: () => ({ name: 'Aid', version: '1.2.3', clinic: null, restartedForClinic: false }),
    getPreferences: () => prefs,
    updatePreferences: (patch) => ({ ...prefs, ...patch, languageChosen: patch.language !== undefined }),
    loadAnswers: () => ({ status: 'empty' as const }),
    saveAnswers: () => ({ saved: true as const }),
    eraseEverything: () => ({ erased: true, notErased: [] }),
    exportAnswers: () => ({ status: 'cancelled' as const }),
    importAnswers: () => ({ status: 'imported' as const, document: emptyAnswers('self'), fileName: 'a.json' }),
    printSheet: () => ({ status: 'printed' as const }),
    saveSheetPdf: () => ({ status: 'saved' as const, fileName: 'sheet.pdf' }),
    listPrinters: () => ({ printers: [{ name: 'Printer_1', label: 'Printer 1' }], defaultPrinter: 'Printer_1' }),
    printSheetTo: () => ({ status: 'printed' as const }),
    ...overrides,
  };
  for (const key of Object.keys(handlers) as (keyof BridgeHandlers)[]) {
    if (spy && !overrides[key]) handlers[key] = vi.fn(handlers[key]) as never;
  }
  return handlers;
}
