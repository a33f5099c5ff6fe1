// Issue 18 §6: the minutes said on the welcome and in the progress come from the counted words.
import { describe, expect, it } from 'vitest';
import { READING_LOAD } from '../../../shared/content/reading-load';
import { minutesFor, minutesLeft, pathMinutes, sayMinutes, SECONDS_PER_QUESTION, WORDS_PER_MINUTE, type ReadingLoad } from '../../../shared/content/reading-time';
import { SUPPORTED_LANGUAGES } from '../../../shared/i18n/languages';

const DATA: ReadingLoad = {
  wordsPerMinute: 170,
  languages: {
    en: [
      { step: 'welcome', words: 170, questions: 0 },
      { step: 'section:about', words: 340, questions: 12 },
      { step: 'sheet', words: 510, questions: 0 },
    ],
  },
};

describe('reading time', () => {
  it('is words at 170 a minute plus a few seconds per question', () => {
    expect(WORDS_PER_MINUTE).toBe(170);
    expect(minutesFor([{ words: 340, questions: 12 }])).toBeCloseTo(2 + (12 * SECONDS_PER_QUESTION) / 60);
  });
  it('says whole minutes, at least one', () => {
    expect(sayMinutes(0.2)).toBe(1);
    expect(sayMinutes(6.5)).toBe(7);
  });
  it('the whole path, and what is left from a step on', () => {
    expect(pathMinutes('en', DATA)).toBe(sayMinutes(1 + 2 + 1 + 3));
    expect(minutesLeft('en', ['sheet'], DATA)).toBe(3);
    // A step not on the default path counts as the average counted screen.
    expect(minutesLeft('en', ['learn:extra', 'sheet'], DATA)).toBe(sayMinutes(7 / 3 + 3));
    // A language with no counts falls back to English.
    expect(pathMinutes('xx', DATA)).toBe(pathMinutes('en', DATA));
  });
  it('the committed counts cover every language, on the same steps', () => {
    const steps = (l: string) => (READING_LOAD.languages[l] ?? []).map((s) => s.step);
    for (const language of SUPPORTED_LANGUAGES) {
      expect(steps(language).length, language).toBeGreaterThan(10);
      expect(steps(language)).toEqual(steps('en'));
    }
    expect(READING_LOAD.wordsPerMinute).toBe(WORDS_PER_MINUTE);
  });
});
