// The browser bridge over an in-memory storage: a real implementation of the contract for tests.
import { vi } from 'vitest';
import { createBrowserBridge, type PickedFile } from '../../renderer/src/bridge/browser-bridge';
import type { KeyValueStorage } from '../../renderer/src/bridge/local-store';

export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
  };
}

export function memoryBridge(options: { storage?: ReturnType<typeof memoryStorage>; languages?: string[]; file?: PickedFile | null } = {}) {
  const storage = options.storage ?? memoryStorage();
  const downloads: { fileName: string; text: string }[] = [];
  const prints: number[] = [];
  const bridge = createBrowserBridge({
    storage,
    preferredLanguages: options.languages ?? ['en-US'],
    appInfo: { name: 'Aid', version: '3.1.4' },
    download: (fileName, text) => downloads.push({ fileName, text }),
    pickFile: async () => options.file ?? null,
    print: () => prints.push(1),
    now: () => new Date('2026-11-24T12:00:00Z'),
  });
  for (const key of Object.keys(bridge) as (keyof typeof bridge)[]) vi.spyOn(bridge, key);
  return { bridge, storage, downloads, prints };
}

export function fileOf(name: string, text: string): PickedFile {
  return { name, size: new TextEncoder().encode(text).length, text: async () => text };
}
