// Issue 18 §2: the options side by side, Option-Grid style. Every option answers the same rows with
// one short answer each (equal detail), in both languages, written only from the full statements of
// its cell: the same numbers, and no rate without the rate it is compared with.
import { describe, expect, it } from 'vitest';
import { CERTAINTY_LEVELS, type Certainty } from '../../../shared/content/certainty';
import { GRID_ROWS, OPTIONS, paramsOf, type GridRow, type OptionSummary } from '../../../shared/learn/content';
import { render } from './helpers';

const LANGUAGES = ['en', 'es'] as const;
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
// Numbers as written (a decimal comma in Spanish); a thousands separator is never used here.
const numbers = (s: string) => (s.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.'));

function shortText(option: OptionSummary, row: GridRow, language: 'en' | 'es'): string {
  const answer = option.short[row];
  return render(answer.text, language, 'self', { ...answer.params });
}

function fullText(option: OptionSummary, row: GridRow, language: 'en' | 'es'): string {
  if (row === 'what') return render(option.what, language);
  return option.aspects[row].map((s) => render(s.text, language, 'self', paramsOf(s))).join(' ');
}

const cells = OPTIONS.flatMap((option) => GRID_ROWS.map((row) => [option.id, row, option] as const));

describe('the options grid', () => {
  it('has the same rows for every option, the question rows after "what it is"', () => {
    expect(GRID_ROWS).toEqual(['what', 'benefits', 'harms', 'certainty', 'dailyLife', 'costRules']);
    for (const option of OPTIONS) expect(Object.keys(option.short).sort(), option.id).toEqual([...GRID_ROWS].sort());
  });

  it.each(cells)('%s, %s: a short answer in both languages, at most 25 words', (_, row, option) => {
    for (const language of LANGUAGES) {
      const short = shortText(option, row, language);
      expect(short, language).not.toMatch(/\{\{|\}\}/);
      expect(words(short), `${language}: ${short}`).toBeGreaterThan(0);
      expect(words(short), `${language}: ${short}`).toBeLessThanOrEqual(25);
    }
  });

  it.each(cells)('%s, %s: every number in the short answer is in the full statements of its cell', (_, row, option) => {
    for (const language of LANGUAGES) {
      const full = numbers(fullText(option, row, language));
      for (const n of numbers(shortText(option, row, language))) expect(full, `${language} ${n}`).toContain(n);
    }
  });

  it.each(cells)('%s, %s: a rate out of 100 is given with what it is compared with', (_, row, option) => {
    const compared = { en: /placebo|relaxation/, es: /placebo|relajación/ };
    for (const language of LANGUAGES) {
      const short = shortText(option, row, language);
      if (/\bin 100\b|de cada 100/.test(short)) expect(short, language).toMatch(compared[language]);
    }
  });

  it('labels each short answer with its cell\'s lowest certainty; the "how sure" row with the option\'s overall certainty', () => {
    const lowest = (levels: (Certainty | null)[]) => {
      const known = levels.filter((c): c is Certainty => c !== null);
      return known.length === 0 ? null : known.reduce((a, b) => (CERTAINTY_LEVELS.indexOf(a) <= CERTAINTY_LEVELS.indexOf(b) ? a : b));
    };
    for (const option of OPTIONS) {
      expect(option.short.what.certainty, option.id).toBeNull();
      for (const row of GRID_ROWS) {
        if (row === 'what') continue;
        const expected = row === 'certainty' ? option.overall : lowest(option.aspects[row].map((s) => s.certainty));
        expect(option.short[row].certainty, `${option.id} ${row}`).toBe(expected);
      }
    }
  });

  it('gives the stimulant benefit with its placebo rates: children 56 against 24, adults 49 to 60 against 27', () => {
    const stimulants = OPTIONS.find((o) => o.id === 'stimulants');
    if (!stimulants) throw new Error('no stimulants option');
    for (const language of LANGUAGES) {
      expect(numbers(shortText(stimulants, 'benefits', language)).filter((n) => n !== '100'), language).toEqual(['56', '24', '49', '60', '27']);
    }
  });
});
