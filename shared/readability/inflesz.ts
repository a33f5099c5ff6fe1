// Spanish reading ease: the Szigriszt-Pazos perspicuity formula, read on the INFLESZ scale
// (Barrio-Cantalejo et al. 2008), the usual check for Spanish patient information:
//   P = 206.835 − 62.3 × (syllables / words) − (words / sentences)
// INFLESZ bands: < 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, ≥ 80 very easy.
// Higher is easier (unlike a grade level). Placeholders ({{x}}), tags and $t() nesting are ignored,
// as in the English measure.

import { statsOf, totalStats, type Language, type TextStats } from './text-stats';

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWEL = /[aeiouáéíóúü]/;

/**
 * Spanish syllables: one per vowel nucleus. Two strong vowels (a, e, o) or an accented í/ú next to
 * another vowel are separate syllables (hiatus: "le-er", "dí-a"); an unaccented i/u beside another
 * vowel joins it (diphthong: "ciu-dad", "puer-to"). The silent u of que/qui/gue/gui is dropped, and
 * a final y after a vowel ("hay", "muy") is part of that vowel's syllable.
 */
export function countSpanishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-záéíóúüñy]/g, '');
  if (!w) return 0;
  w = w.replace(/([qg])u([eiéí])/g, '$1$2').replace(/y$/, (m, offset: number) => (offset > 0 && VOWEL.test(w[offset - 1] ?? '') ? '' : 'i'));
  w = w.replace(/y(?=[aeiouáéíóú])/g, 'c'); // a y before a vowel is a consonant ("ayuda")
  w = w.replace(/y/g, 'i');
  let syllables = 0;
  let previous: string | null = null;
  for (const ch of w) {
    if (!VOWEL.test(ch)) {
      previous = null;
      continue;
    }
    // A new nucleus unless this vowel joins the previous one in a diphthong.
    const joins = previous !== null && !(STRONG.has(previous) && STRONG.has(ch));
    if (!joins) syllables += 1;
    previous = ch;
  }
  return Math.max(1, syllables);
}

const SPANISH: Language = { word: /[A-Za-zÁÉÍÓÚÜÑáéíóúüñ][A-Za-zÁÉÍÓÚÜÑáéíóúüñ'-]*/g, syllables: countSpanishSyllables };

export function spanishTextStats(text: string): TextStats {
  return statsOf(text, SPANISH);
}

/** Szigriszt-Pazos perspicuity of a body of texts taken together (INFLESZ scale); null without words. */
export function inflesz(texts: string | readonly string[]): number | null {
  const t = totalStats(texts, SPANISH);
  return t && 206.835 - 62.3 * (t.syllables / t.words) - t.words / t.sentences;
}

export const INFLESZ_BANDS = ['very-hard', 'somewhat-hard', 'normal', 'fairly-easy', 'very-easy'] as const;
export type InfleszBand = (typeof INFLESZ_BANDS)[number];

/** The INFLESZ band of a score. */
export function infleszBand(score: number): InfleszBand {
  if (score < 40) return 'very-hard';
  if (score < 55) return 'somewhat-hard';
  if (score < 65) return 'normal';
  if (score < 80) return 'fairly-easy';
  return 'very-easy';
}
