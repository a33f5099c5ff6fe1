// The person's display and language preferences: what can be set, and the defaults.
// The schemas that validate them are in ./preferences-schema.ts, apart so that the page can use these
// without loading the validation library (the host validates).
import { chooseLanguage } from './i18n/languages';
import { paperSizeForRegion } from './print/paper';
import type { Preferences, PreferencesPatch, StoredPreferences } from './preferences-schema';

export type { Preferences, PreferencesPatch, StoredPreferences } from './preferences-schema';

export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Text size in percent of the normal size (WCAG 1.4.4: usable up to 200 %). */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** How fast "Read aloud" speaks; each maps to a speech rate in the renderer. */
export const READING_SPEEDS = ['slower', 'slow', 'normal', 'fast'] as const;
export type ReadingSpeed = (typeof READING_SPEEDS)[number];

export const DEFAULT_DISPLAY = { theme: 'system', textSize: 100, readingSpeed: 'normal' } as const satisfies Pick<Preferences, 'theme' | 'textSize' | 'readingSpeed'>;

export const NOTHING_STORED: StoredPreferences = { schemaVersion: 1, language: null };

/**
 * The preferences in force: what was chosen, else the system's language, the default display,
 * and the paper of the region (an ISO country code or a locale tag with a region; null if unknown).
 */
export function resolvePreferences(stored: StoredPreferences, systemLanguages: readonly string[], region: string | null): Preferences {
  return {
    language: stored.language ?? chooseLanguage(systemLanguages),
    languageChosen: stored.language !== null,
    theme: stored.theme ?? DEFAULT_DISPLAY.theme,
    textSize: stored.textSize ?? DEFAULT_DISPLAY.textSize,
    paperSize: stored.paperSize ?? paperSizeForRegion(region),
    readingSpeed: stored.readingSpeed ?? DEFAULT_DISPLAY.readingSpeed,
  };
}

export function applyPreferencesPatch(stored: StoredPreferences, patch: PreferencesPatch): StoredPreferences {
  return {
    ...stored,
    ...(patch.language !== undefined && { language: patch.language }),
    ...(patch.theme !== undefined && { theme: patch.theme }),
    ...(patch.textSize !== undefined && { textSize: patch.textSize }),
    ...(patch.paperSize !== undefined && { paperSize: patch.paperSize }),
    ...(patch.readingSpeed !== undefined && { readingSpeed: patch.readingSpeed }),
  };
}
