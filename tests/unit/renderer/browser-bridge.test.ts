import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY, createBrowserBridge } from '../../../renderer/src/bridge/browser-bridge';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const appInfo = { name: 'Aid', version: '9.9.9' };

describe('the browser bridge', () => {
  it('starts in the browser language with default display, and remembers choices', async () => {
    const storage = memoryStorage();
    const bridge = createBrowserBridge({ storage, preferredLanguages: ['es-MX', 'en'], appInfo });
    await expect(bridge.getPreferences()).resolves.toEqual({ language: 'es', languageChosen: false, theme: 'system', textSize: 100 });
    await bridge.updatePreferences({ language: 'en' });
    await bridge.updatePreferences({ theme: 'contrast', textSize: 150 });
    const later = createBrowserBridge({ storage, preferredLanguages: ['es-MX'], appInfo });
    await expect(later.getPreferences()).resolves.toEqual({ language: 'en', languageChosen: true, theme: 'contrast', textSize: 150 });
  });

  it('answers app info', async () => {
    const bridge = createBrowserBridge({ storage: memoryStorage(), preferredLanguages: [], appInfo });
    await expect(bridge.getAppInfo()).resolves.toEqual(appInfo);
  });

  it('validates requests with the shared contract', async () => {
    const storage = memoryStorage();
    const bridge = createBrowserBridge({ storage, preferredLanguages: [], appInfo });
    await expect(bridge.updatePreferences({ language: 'fr' } as never)).rejects.toThrow(/^\[invalid-request\] updatePreferences: language/);
    await expect(bridge.updatePreferences({ textSize: 999 } as never)).rejects.toThrow(/textSize/);
    expect(storage.data.size).toBe(0);
  });

  it.each(['{broken', '{"schemaVersion":1,"language":"xx"}', '"es"', 'null', '{"schemaVersion":9,"language":"en"}'])(
    'ignores a damaged saved value %s',
    async (saved) => {
      const bridge = createBrowserBridge({ storage: memoryStorage({ [PREFERENCES_KEY]: saved }), preferredLanguages: ['es'], appInfo });
      await expect(bridge.getPreferences()).resolves.toEqual({ language: 'es', languageChosen: false, theme: 'system', textSize: 100 });
    },
  );
});
