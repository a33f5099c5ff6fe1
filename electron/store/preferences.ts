// The person's app preferences (for now: the language they chose), kept in the user-data folder.
import path from 'node:path';
import * as z from 'zod/mini';
import { SUPPORTED_LANGUAGES, type Language } from '../../shared/i18n/languages';
import { readJsonDocument, writeJsonDocument, type DocumentParser } from './json-file';

const preferencesFileSchema = z.object({
  schemaVersion: z.literal(1),
  language: z.nullable(z.enum(SUPPORTED_LANGUAGES)),
});
export type PreferencesFile = z.infer<typeof preferencesFileSchema>;

const parsePreferences: DocumentParser<PreferencesFile> = (raw) => {
  const result = preferencesFileSchema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: result.error.issues[0]?.message ?? 'invalid' };
};

export class PreferencesStore {
  private current: PreferencesFile = { schemaVersion: 1, language: null };
  private readonly filePath: string;

  constructor(userDataDir: string) {
    this.filePath = path.join(userDataDir, 'preferences.json');
  }

  /** Loads the saved preferences; a damaged file is set aside and defaults are used. */
  async load(): Promise<PreferencesFile> {
    const result = await readJsonDocument(this.filePath, parsePreferences);
    if (result.status === 'ok') this.current = result.value;
    return this.current;
  }

  get language(): Language | null {
    return this.current.language;
  }

  async setLanguage(language: Language): Promise<void> {
    const next: PreferencesFile = { ...this.current, language };
    await writeJsonDocument(this.filePath, next);
    this.current = next;
  }
}
