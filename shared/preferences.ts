// The person's display and language preferences: what can be set, and the defaults.
// The schemas that validate them are in ./preferences-schema.ts, apart so that the page can use these
// without loading the validation library (the host validates).
import { crisisRegionFor } from './crisis/region';
import { chooseLanguage } from './i18n/languages';
import { paperSizeForRegion } from './print/paper';
import type { Preferences, PreferencesPatch, StoredPreferences } from './preferences-schema';

export type { Preferences, PreferencesPatch, StoredPreferences } from './preferences-schema';

export { READING_SPEEDS, THEMES, TEXT_SIZES, type ReadingSpeed, type Theme, type TextSize } from './display-options';


export const DEFAULT_DISPLAY = { theme: 'system', textSize: 100, readingSpeed: 'normal' } as const satisfies Pick<Preferences, 'theme' | 'textSize' | 'readingSpeed'>;

export const NOTHING_STORED: StoredPreferences = { schemaVersion: 1, language: null };

/**
 * The preferences in force: what was chosen, else the system's language, the default display,
 * the paper and the crisis numbers of the region (an ISO country code or a locale tag with a region; null if unknown).
 */
export function resolvePreferences(stored: StoredPreferences, systemLanguages: readonly string[], region: string | null): Preferences {
  return {
    language: stored.language ?? chooseLanguage(systemLanguages),
    languageChosen: stored.language !== null,
    theme: stored.theme ?? DEFAULT_DISPLAY.theme,
    textSize: stored.textSize ?? DEFAULT_DISPLAY.textSize,
    paperSize: stored.paperSize ?? paperSizeForRegion(region),
    country: stored.country ?? crisisRegionFor(region),
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
    ...(patch.country !== undefined && { country: patch.country }),
    ...(patch.readingSpeed !== undefined && { readingSpeed: patch.readingSpeed }),
  };
}
