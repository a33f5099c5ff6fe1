// The person's preferences (language, theme, text size), kept in the user-data folder.
import path from 'node:path';
import {
  NOTHING_STORED,
  applyPreferencesPatch,
  storedPreferencesSchema,
  type PreferencesPatch,
  type StoredPreferences,
} from '../../shared/preferences';
import { readJsonDocument, writeJsonDocument, type DocumentParser } from './json-file';

const parsePreferences: DocumentParser<StoredPreferences> = (raw) => {
  const result = storedPreferencesSchema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: result.error.issues[0]?.message ?? 'invalid' };
};

export class PreferencesStore {
  private current: StoredPreferences = NOTHING_STORED;
  readonly filePath: string;

  constructor(userDataDir: string) {
    this.filePath = path.join(userDataDir, 'preferences.json');
  }

  /** Loads the saved preferences; a damaged file is set aside and defaults are used. */
  async load(): Promise<StoredPreferences> {
    const result = await readJsonDocument(this.filePath, parsePreferences);
    if (result.status === 'ok') this.current = result.value;
    return this.current;
  }

  get stored(): StoredPreferences {
    return this.current;
  }

  /** Saves the change; if the disk refuses, it still applies for this session and the error is raised. */
  async update(patch: PreferencesPatch): Promise<StoredPreferences> {
    this.current = applyPreferencesPatch(this.current, patch);
    await writeJsonDocument(this.filePath, this.current);
    return this.current;
  }

  /** Forgets every choice (part of "erase my answers"). */
  async reset(): Promise<void> {
    this.current = NOTHING_STORED;
    await writeJsonDocument(this.filePath, this.current);
  }
}
