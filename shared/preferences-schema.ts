// The schemas for the preferences (./preferences.ts): what the host accepts and keeps.
import * as z from 'zod/mini';
import { SUPPORTED_LANGUAGES } from './i18n/languages';
import { CRISIS_REGIONS } from './crisis/types';
import { READING_SPEEDS, THEMES, TEXT_SIZES } from './display-options';
import { PAPER_SIZES } from './print/paper';

export const preferencesSchema = z.object({
  language: z.enum(SUPPORTED_LANGUAGES),
  /** Whether the language was chosen by the person (true) or taken from the system (false). */
  languageChosen: z.boolean(),
  theme: z.enum(THEMES),
  textSize: z.union(TEXT_SIZES.map((size) => z.literal(size))),
  /** Paper for printing and PDFs: from the region unless the person picked one. */
  paperSize: z.enum(PAPER_SIZES),
  /** Whose crisis numbers to show: from the region unless the person picked one; null if unknown. */
  country: z.nullable(z.enum(CRISIS_REGIONS)),
  readingSpeed: z.enum(READING_SPEEDS),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** What may be changed in one call: any subset, nothing else. */
export const preferencesPatchSchema = z.strictObject({
  language: z.optional(z.enum(SUPPORTED_LANGUAGES)),
  theme: z.optional(z.enum(THEMES)),
  textSize: z.optional(z.union(TEXT_SIZES.map((size) => z.literal(size)))),
  paperSize: z.optional(z.enum(PAPER_SIZES)),
  country: z.optional(z.enum(CRISIS_REGIONS)),
  readingSpeed: z.optional(z.enum(READING_SPEEDS)),
});
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

/** How preferences are kept on disk (Electron) or in localStorage (browser): only what was chosen. */
export const storedPreferencesSchema = z.object({
  schemaVersion: z.literal(1),
  language: z.nullable(z.enum(SUPPORTED_LANGUAGES)),
  theme: z.optional(z.enum(THEMES)),
  textSize: z.optional(z.union(TEXT_SIZES.map((size) => z.literal(size)))),
  paperSize: z.optional(z.enum(PAPER_SIZES)),
  country: z.optional(z.enum(CRISIS_REGIONS)),
  readingSpeed: z.optional(z.enum(READING_SPEEDS)),
});
export type StoredPreferences = z.infer<typeof storedPreferencesSchema>;
