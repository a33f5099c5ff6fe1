// The browser bridge over an in-memory storage: a real implementation of the contract for tests.
import { vi } from 'vitest';
import { createBrowserBridge, type PickedFile } from '../../renderer/src/bridge/browser-bridge';
import { memoryStorage } from '../../renderer/src/bridge/memory-storage';
import type { PrinterChoice } from '../../shared/bridge/contract';
import type { ClinicInfo } from '../../shared/clinic/policy';

export { memoryStorage };

export function memoryBridge(options: { storage?: ReturnType<typeof memoryStorage>; languages?: string[]; file?: PickedFile | null; clinic?: ClinicInfo; printers?: PrinterChoice } = {}) {
  const storage = options.storage ?? memoryStorage();
  const downloads: { fileName: string; text: string }[] = [];
  const prints: number[] = [];
  /** Clinic mode: the printers the sheet was sent to. */
  const printedTo: string[] = [];
  const bridge = createBrowserBridge({
    storage,
    preferredLanguages: options.languages ?? ['en-US'],
    appInfo: { name: 'Aid', version: '3.1.4' },
    download: (fileName, text) => downloads.push({ fileName, text }),
    pickFile: async () => options.file ?? null,
    print: () => prints.push(1),
    now: () => new Date('2026-11-24T12:00:00Z'),
    clinic: options.clinic ?? null,
    printers: options.printers,
    printTo: (printer) => printedTo.push(printer),
  });
  for (const key of Object.keys(bridge) as (keyof typeof bridge)[]) vi.spyOn(bridge, key);
  return { bridge, storage, downloads, prints, printedTo };
}

export function fileOf(name: string, text: string): PickedFile {
  return { name, size: new TextEncoder().encode(text).length, text: async () => text };
}
