// Flesch–Kincaid grade level: 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
// Syllables are estimated with the same rules as ../shared/tools/locale-check.py, so the app's tests
// and the project's locale check agree: drop a silent ending ("-es", "-ed", "-e"), a leading "y",
// then count groups of up to two vowels. Placeholders ({{x}}), tags and $t() nesting are ignored.

import { statsOf, totalStats, type Language, type TextStats } from './text-stats';

export type { TextStats } from './text-stats';

export function countSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

const ENGLISH: Language = { word: /[A-Za-z][A-Za-z'-]*/g, syllables: countSyllables };

/** Words, sentences and syllables of one text (a text without an end mark counts as one sentence). */
export function textStats(text: string): TextStats {
  return statsOf(text, ENGLISH);
}

/** Grade level of a body of texts taken together; null when there are no words. */
export function fleschKincaidGrade(texts: string | readonly string[]): number | null {
  const t = totalStats(texts, ENGLISH);
  return t && 0.39 * (t.words / t.sentences) + 11.8 * (t.syllables / t.words) - 15.59;
}

/** Texts long enough to be prose (the locale check measures strings of 8 or more words). */
export function isProse(text: string, minWords = 8): boolean {
  return (text.match(/[A-Za-z]+/g) ?? []).length >= minWords;
}
