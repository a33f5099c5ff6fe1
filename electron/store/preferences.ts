// The person's preferences (language, theme, text size), kept in the user-data folder, or only in
// memory in clinic mode.
import { NOTHING_STORED, applyPreferencesPatch, type PreferencesPatch, type StoredPreferences } from '../../shared/preferences';
import { storedPreferencesSchema } from '../../shared/preferences-schema';
import { DocumentStore, type DocumentCodec, type KeptDocument } from './document-store';
import { MemoryDocument } from './memory-document';

const codec: DocumentCodec<StoredPreferences> = {
  parse: (raw) => {
    const result = storedPreferencesSchema.safeParse(raw);
    if (result.success) return { ok: true, value: result.data };
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    const newer = typeof version === 'number' && version > 1;
    return { ok: false, kind: newer ? 'newer-version' : 'invalid', detail: result.error.issues[0]?.message ?? 'invalid' };
  },
};

export class PreferencesStore {
  private current: StoredPreferences = NOTHING_STORED;
  private readonly store: KeptDocument<StoredPreferences>;
  /** Where they are kept; null when only in memory. */
  readonly filePath: string | null;

  /** `userDataDir` null: in memory only (clinic mode). */
  constructor(userDataDir: string | null) {
    const file = userDataDir === null ? null : new DocumentStore(userDataDir, 'preferences', codec, { maxBytes: 64 * 1024 });
    this.store = file ?? new MemoryDocument();
    this.filePath = file?.filePath ?? null;
  }

  /** Loads the saved preferences; a damaged file is set aside and the previous copy or defaults are used. */
  async load(): Promise<StoredPreferences> {
    const outcome = await this.store.load();
    if (outcome.status === 'loaded' || outcome.status === 'restored-previous') this.current = outcome.document;
    return this.current;
  }

  get stored(): StoredPreferences {
    return this.current;
  }

  /** Saves the change; if the disk refuses, it still applies for this session and the error is raised. */
  async update(patch: PreferencesPatch): Promise<StoredPreferences> {
    this.current = applyPreferencesPatch(this.current, patch);
    await this.store.save(this.current);
    return this.current;
  }

  /** Forgets every choice (part of "erase everything"), in memory even if a file cannot be removed: returns those files' names. */
  reset(): Promise<string[]> {
    this.current = NOTHING_STORED;
    return this.store.erase();
  }

  /** See DocumentStore.busy and idle. */
  get busy(): boolean {
    return this.store.busy;
  }

  idle(): Promise<void> {
    return this.store.idle();
  }
}
