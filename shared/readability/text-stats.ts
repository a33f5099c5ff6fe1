// What every readability formula here counts: words, sentences and syllables, once per text and
// summed over a body of texts. Each language gives its own word pattern and syllable rules.
// Placeholders ({{x}}), tags and $t() nesting are not words.

const PLACEHOLDERS = /\{\{[^}]*\}\}|<[^>]+>|\$t\([^)]*\)/g;
const SENTENCE_END = /[.!?]+(\s|$)/g;

export interface TextStats {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

export interface Language {
  /** A global pattern matching one word. */
  readonly word: RegExp;
  readonly syllables: (word: string) => number;
}

/** Words, sentences and syllables of one text (a text without an end mark counts as one sentence). */
export function statsOf(text: string, language: Language): TextStats {
  const clean = text.replace(PLACEHOLDERS, ' ');
  const words = clean.match(language.word) ?? [];
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0 };
  const sentences = Math.max(1, (clean.match(SENTENCE_END) ?? []).length);
  const syllables = words.reduce((n, w) => n + language.syllables(w), 0);
  return { words: words.length, sentences, syllables };
}

/** The counts of a body of texts taken together; null when there are no words. */
export function totalStats(texts: string | readonly string[], language: Language): TextStats | null {
  const total = { words: 0, sentences: 0, syllables: 0 };
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    const s = statsOf(text, language);
    total.words += s.words;
    total.sentences += s.sentences;
    total.syllables += s.syllables;
  }
  return total.words === 0 ? null : total;
}
