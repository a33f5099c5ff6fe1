import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaidGrade, isProse, textStats } from '../../../shared/readability/flesch-kincaid';

describe('countSyllables', () => {
  it.each([
    ['the', 1],
    ['cat', 1],
    ['water', 2],
    ['medicine', 3],
    ['naltrexone', 3],
    ['readability', 5],
    ['happy', 2],
    ['table', 2],
    ['people', 2],
    ["don't", 1],
    ['', 0],
    ['42', 0],
  ])('%s has %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });
});

describe('textStats', () => {
  it('counts words, sentences and syllables, ignoring placeholders and tags', () => {
    expect(textStats('The cat sat on the mat. It was happy!')).toEqual({ words: 9, sentences: 2, syllables: 10 });
    expect(textStats('About {{n}} in <b>100</b> people')).toEqual({ words: 3, sentences: 1, syllables: 5 });
  });
  it('counts a text without an end mark as one sentence', () => {
    expect(textStats('Trouble sleeping').sentences).toBe(1);
  });
  it('returns zeros for text without words', () => {
    expect(textStats('{{n}} 100 %')).toEqual({ words: 0, sentences: 0, syllables: 0 });
  });
});

describe('fleschKincaidGrade', () => {
  it('computes the formula exactly', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(0.39 * 6 + 11.8 - 15.59, 10);
  });
  it('pools several texts', () => {
    const a = 'The cat sat on the mat.';
    const b = 'Naltrexone is a medicine that blocks opioids.';
    const sa = textStats(a);
    const sb = textStats(b);
    const words = sa.words + sb.words;
    const expected = 0.39 * (words / (sa.sentences + sb.sentences)) + 11.8 * ((sa.syllables + sb.syllables) / words) - 15.59;
    expect(fleschKincaidGrade([a, b])).toBeCloseTo(expected, 10);
  });
  it('ranks harder text higher', () => {
    const easy = 'We read the words. They are short. You can say them.';
    const hard = 'Pharmacokinetic considerations necessitate individualized therapeutic monitoring throughout administration.';
    expect(fleschKincaidGrade(hard) ?? 0).toBeGreaterThan((fleschKincaidGrade(easy) ?? 0) + 10);
  });
  it('returns null without words', () => {
    expect(fleschKincaidGrade([])).toBeNull();
    expect(fleschKincaidGrade('{{x}}')).toBeNull();
  });
  it('marks prose as 8 or more words', () => {
    expect(isProse('one two three four five six seven eight')).toBe(true);
    expect(isProse('one two three four five six seven')).toBe(false);
  });
  it('agrees with the project locale check (tools/locale-check.py) on the same texts', () => {
    const texts = {
      a: 'Naltrexone blocks opioids. In someone who takes opioids, it can bring on sudden withdrawal, which can be severe.',
      b: 'Most studies of LDN used {{dose, number}} mg once a day. In Norway, the middle dose was {{median}} mg a day.',
      c: "Side effects of LDN seem to be mostly mild! Here are the numbers we could find, and the group each one comes from.",
    };
    const dir = mkdtempSync(join(tmpdir(), 'fk-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en', 'x.json'), JSON.stringify(texts));
    let out: string;
    try {
      out = execFileSync('python3', [join(import.meta.dirname, '../../../../shared/tools/locale-check.py'), dir], { encoding: 'utf8' });
    } catch {
      return; // the tool lives outside the repository; when it is absent there is nothing to compare
    }
    const python = Number(/prose grade (-?[\d.]+)/.exec(out)?.[1]);
    expect(fleschKincaidGrade(Object.values(texts))).toBeCloseTo(python, 1);
  });
});
