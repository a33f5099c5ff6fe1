// The display choices a person can make. Apart from ./preferences.ts and ./preferences-schema.ts so
// that both can use them without importing each other.
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Text size in percent of the normal size (WCAG 1.4.4: usable up to 200 %). */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** How fast "Read aloud" speaks; each maps to a speech rate in the renderer. */
export const READING_SPEEDS = ['slower', 'slow', 'normal', 'fast'] as const;
export type ReadingSpeed = (typeof READING_SPEEDS)[number];
