import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PreferencesStore } from '../../../electron/store/preferences';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prefs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('PreferencesStore', () => {
  it('starts with no chosen language when nothing is saved', async () => {
    const store = new PreferencesStore(dir);
    await store.load();
    expect(store.language).toBeNull();
  });

  it('remembers a chosen language across instances', async () => {
    await new PreferencesStore(dir).setLanguage('es');
    const again = new PreferencesStore(dir);
    await again.load();
    expect(again.language).toBe('es');
    expect(JSON.parse(await readFile(path.join(dir, 'preferences.json'), 'utf8'))).toEqual({ schemaVersion: 1, language: 'es' });
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
    expect(store.language).toBeNull();
    const files = await readdir(dir);
    const aside = files.find((f) => f.startsWith('preferences.damaged-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(dir, aside ?? ''), 'utf8')).toBe(content);
    await store.setLanguage('en');
    expect(await readFile(path.join(dir, aside ?? ''), 'utf8')).toBe(content);
  });
});
