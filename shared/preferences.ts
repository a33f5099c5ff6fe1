// The person's display and language preferences: what can be set, and the defaults.
import * as z from 'zod/mini';
import { SUPPORTED_LANGUAGES, chooseLanguage } from './i18n/languages';
import { PAPER_SIZES, paperSizeForRegion } from './print/paper';

export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Text size in percent of the normal size (WCAG 1.4.4: usable up to 200 %). */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const preferencesSchema = z.object({
  language: z.enum(SUPPORTED_LANGUAGES),
  /** Whether the language was chosen by the person (true) or taken from the system (false). */
  languageChosen: z.boolean(),
  theme: z.enum(THEMES),
  textSize: z.union(TEXT_SIZES.map((size) => z.literal(size))),
  /** Paper for printing and PDFs: from the region unless the person picked one. */
  paperSize: z.enum(PAPER_SIZES),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** What may be changed in one call: any subset, nothing else. */
export const preferencesPatchSchema = z.strictObject({
  language: z.optional(z.enum(SUPPORTED_LANGUAGES)),
  theme: z.optional(z.enum(THEMES)),
  textSize: z.optional(z.union(TEXT_SIZES.map((size) => z.literal(size)))),
  paperSize: z.optional(z.enum(PAPER_SIZES)),
});
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

export const DEFAULT_DISPLAY = { theme: 'system', textSize: 100 } as const satisfies Pick<Preferences, 'theme' | 'textSize'>;

/** How preferences are kept on disk (Electron) or in localStorage (browser): only what was chosen. */
export const storedPreferencesSchema = z.object({
  schemaVersion: z.literal(1),
  language: z.nullable(z.enum(SUPPORTED_LANGUAGES)),
  theme: z.optional(z.enum(THEMES)),
  textSize: z.optional(z.union(TEXT_SIZES.map((size) => z.literal(size)))),
  paperSize: z.optional(z.enum(PAPER_SIZES)),
});
export type StoredPreferences = z.infer<typeof storedPreferencesSchema>;

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
  };
}

export function applyPreferencesPatch(stored: StoredPreferences, patch: PreferencesPatch): StoredPreferences {
  return {
    ...stored,
    ...(patch.language !== undefined && { language: patch.language }),
    ...(patch.theme !== undefined && { theme: patch.theme }),
    ...(patch.textSize !== undefined && { textSize: patch.textSize }),
    ...(patch.paperSize !== undefined && { paperSize: patch.paperSize }),
  };
}
