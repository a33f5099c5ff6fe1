// Flesch–Kincaid grade level: 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
// Syllables are estimated with the same rules as ../shared/tools/locale-check.py, so the app's tests
// and the project's locale check agree: drop a silent ending ("-es", "-ed", "-e"), a leading "y",
// then count groups of up to two vowels. Placeholders ({{x}}), tags and $t() nesting are ignored.

const PLACEHOLDERS = /\{\{[^}]*\}\}|<[^>]+>|\$t\([^)]*\)/g;
const WORD = /[A-Za-z][A-Za-z'-]*/g;
const SENTENCE_END = /[.!?]+(\s|$)/g;

export function countSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

export interface TextStats {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

/** Words, sentences and syllables of one text (a text without an end mark counts as one sentence). */
export function textStats(text: string): TextStats {
  const clean = text.replace(PLACEHOLDERS, ' ');
  const words = clean.match(WORD) ?? [];
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0 };
  const sentences = Math.max(1, (clean.match(SENTENCE_END) ?? []).length);
  const syllables = words.reduce((n, w) => n + countSyllables(w), 0);
  return { words: words.length, sentences, syllables };
}

/** Grade level of a body of texts taken together; null when there are no words. */
export function fleschKincaidGrade(texts: string | readonly string[]): number | null {
  const all = typeof texts === 'string' ? [texts] : texts;
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const t of all) {
    const s = textStats(t);
    words += s.words;
    sentences += s.sentences;
    syllables += s.syllables;
  }
  if (words === 0) return null;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Texts long enough to be prose (the locale check measures strings of 8 or more words). */
export function isProse(text: string, minWords = 8): boolean {
  return (text.match(/[A-Za-z]+/g) ?? []).length >= minWords;
}
