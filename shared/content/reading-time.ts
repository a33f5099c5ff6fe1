// An honest time (issue 18 §6): the minutes the walkthrough takes come from the words each screen
// really shows (nothing opened), counted in the production build by `npm run reading-load -- --write`
// into reading-load.json, per step and language, with the questions each screen asks. A browser test
// (tests/browser/reading-load.spec.ts) fails when that file is stale against the real text.
// Pure: the counts are passed in (reading-load.ts holds the committed ones), so Node tests can use it.

/** Words a minute for continuous reading (issue 18). */
export const WORDS_PER_MINUTE = 170;
/** Time to read the options of a question and answer it, beyond reading its words. */
export const SECONDS_PER_QUESTION = 5;

export interface ScreenCount {
  /** The step's key (renderer/src/walkthrough/steps.ts, stepKey). */
  readonly step: string;
  readonly words: number;
  readonly questions: number;
}

export interface ReadingLoad {
  readonly wordsPerMinute: number;
  readonly languages: Readonly<Record<string, readonly ScreenCount[]>>;
}

/** Minutes for these screens' counts (unrounded). */
export function minutesFor(screens: readonly Pick<ScreenCount, 'words' | 'questions'>[]): number {
  return screens.reduce((sum, s) => sum + s.words / WORDS_PER_MINUTE + (s.questions * SECONDS_PER_QUESTION) / 60, 0);
}

/** Whole minutes to say ("about N minutes"): rounded, and never less than 1. */
export function sayMinutes(minutes: number): number {
  return Math.max(1, Math.round(minutes));
}

function screensOf(language: string, data: ReadingLoad): readonly ScreenCount[] {
  return data.languages[language] ?? data.languages['en'] ?? [];
}

/** The whole default path (fresh start, Next only), in whole minutes: the welcome screen's time. */
export function pathMinutes(language: string, data: ReadingLoad): number {
  return sayMinutes(minutesFor(screensOf(language, data)));
}

/**
 * Minutes left from this step on, for the steps the person will take (their own step list). A step
 * not counted on the default path (shown only for some answers) counts as the average counted screen.
 */
export function minutesLeft(language: string, stepKeys: readonly string[], data: ReadingLoad): number {
  const screens = screensOf(language, data);
  const byStep = new Map(screens.map((s) => [s.step, s]));
  const average = screens.length > 0 ? minutesFor(screens) / screens.length : 0;
  const minutes = stepKeys.reduce((sum, key) => {
    const s = byStep.get(key);
    return sum + (s ? minutesFor([s]) : average);
  }, 0);
  return sayMinutes(minutes);
}
