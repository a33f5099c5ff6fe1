// The plain certainty scale every medical statement carries. Labels live in locales (learn:certainty.*).
// `checked-fact` is for statements about what a label, guideline, rule or study record says (for
// example "the label lists opioid pain medicines as a reason not to use naltrexone"), which are
// certain as statements about that document; it never describes how well a treatment works.

export const CERTAINTY_LEVELS = [
  'no-studies-in-adhd',
  'very-uncertain',
  'some-evidence',
  'strong-evidence',
  'checked-fact',
] as const;
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

/** Levels a statement may carry when all of its sources are secondary ([seen-2°]): reduced certainty. */
export const SECONDARY_ONLY_LEVELS: readonly Certainty[] = ['no-studies-in-adhd', 'very-uncertain', 'some-evidence'];
