import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PreferencesStore } from '../../../electron/store/preferences';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prefs-'));
});
afterEach(async () => {
  await chmod(dir, 0o755);
  await rm(dir, { recursive: true, force: true });
});

describe('PreferencesStore', () => {
  it('starts with nothing chosen when nothing is saved', async () => {
    const store = new PreferencesStore(dir);
    await store.load();
    expect(store.stored).toEqual({ schemaVersion: 1, language: null });
  });

  it('remembers choices across instances', async () => {
    const first = new PreferencesStore(dir);
    await first.update({ language: 'es' });
    await first.update({ theme: 'dark', textSize: 175 });
    const again = new PreferencesStore(dir);
    await again.load();
    expect(again.stored).toEqual({ schemaVersion: 1, language: 'es', theme: 'dark', textSize: 175 });
    expect(JSON.parse(await readFile(again.filePath ?? 'no file', 'utf8'))).toEqual(again.stored);
  });

  it('forgets everything on reset', async () => {
    const store = new PreferencesStore(dir);
    await store.update({ language: 'es', theme: 'dark' });
    await store.reset();
    const again = new PreferencesStore(dir);
    await again.load();
    expect(again.stored).toEqual({ schemaVersion: 1, language: null });
  });

  it('keeps a change for the session when the disk refuses it, and reports the failure', async () => {
    const store = new PreferencesStore(path.join(dir, 'locked'));
    await writeFile(path.join(dir, 'locked'), 'a file where a folder should be');
    await expect(store.update({ language: 'es' })).rejects.toThrow();
    expect(store.stored.language).toBe('es');
  });

  it.each([
    ['not JSON', '{"schemaVersion":1,"lang'],
    ['a foreign document', '{"hello":"world"}'],
    ['an unknown language', '{"schemaVersion":1,"language":"xx"}'],
    ['a newer version', '{"schemaVersion":2,"language":"es"}'],
  ])('sets %s aside instead of crashing or overwriting it', async (_name, content) => {
    await writeFile(path.join(dir, 'preferences.json'), content);
    const store = new PreferencesStore(dir);
    await store.load();
    expect(store.stored.language).toBeNull();
    const files = await readdir(dir);
    const aside = files.find((f) => f.startsWith('preferences.damaged-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(dir, aside ?? ''), 'utf8')).toBe(content);
    await store.update({ language: 'en' });
    expect(await readFile(path.join(dir, aside ?? ''), 'utf8')).toBe(content);
  });
});

describe('shared preference rules', () => {
  it('resolve to the system language until one is chosen', async () => {
    const { resolvePreferences, NOTHING_STORED } = await import('../../../shared/preferences');
    expect(resolvePreferences(NOTHING_STORED, ['es-AR'], 'AR')).toEqual({ language: 'es', languageChosen: false, theme: 'system', textSize: 100, paperSize: 'A4', country: 'AR', readingSpeed: 'normal' });
    expect(resolvePreferences({ schemaVersion: 1, language: 'en', textSize: 200 }, ['es-AR'], 'US')).toEqual({
      language: 'en',
      languageChosen: true,
      theme: 'system',
      textSize: 200,
      paperSize: 'Letter',
      country: 'US',
      readingSpeed: 'normal',
    });
    expect(resolvePreferences({ schemaVersion: 1, language: null, paperSize: 'A4' }, [], 'US').paperSize).toBe('A4');
    // The crisis numbers follow the region (an EU country without its own list gets 112) until one is picked.
    expect(resolvePreferences(NOTHING_STORED, [], 'DE').country).toBe('EU');
    expect(resolvePreferences(NOTHING_STORED, [], 'JP').country).toBeNull();
    expect(resolvePreferences({ schemaVersion: 1, language: null, country: 'IE' }, [], 'GB').country).toBe('IE');
    expect(resolvePreferences({ schemaVersion: 1, language: null, readingSpeed: 'slow' }, [], 'US').readingSpeed).toBe('slow');
  });
});
