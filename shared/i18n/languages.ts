// The languages the app ships, and how the first one is picked from the system's preferences.
// Pure: used by the main process (OS languages) and by the browser preview (navigator.languages).

export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'en';

/** Each language's name written in that language, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

// Scripts written right to left. The layout uses logical CSS properties so any of these works.
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb']);

export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-').split('-')[0] ?? '';
}

/**
 * The first of the person's preferred languages (BCP 47 tags, most preferred first) that the app
 * supports, matched on the base language ("es-419" → "es"); English when none matches.
 */
export function chooseLanguage(
  preferred: readonly string[],
  supported: readonly Language[] = SUPPORTED_LANGUAGES,
): Language {
  for (const tag of preferred) {
    const base = baseLanguage(tag);
    const match = supported.find((lang) => lang === base);
    if (match) return match;
  }
  return FALLBACK_LANGUAGE;
}

export function textDirection(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(baseLanguage(language)) ? 'rtl' : 'ltr';
}
