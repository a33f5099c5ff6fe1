// What the Learn pages show: statements, each with its sources and a plain certainty label, and
// numbers as natural frequencies out of 100 with the group, dose and time period they come from.
// The options (LDN, stimulants, non-stimulants, behavioural treatment, no change) are described
// in the same five aspects each (IPDAS "equal detail").
//
// Numbers live here, never in the text: a statement's text has {{n}} / {{low}} / {{high}} /
// {{compare}} (from its figure) and any other {{name}} from `params`; see paramsOf().
// The seed article's side-effect table (headache 8, insomnia 6, anxiety 5, cramps 4 in 100) is
// unsupported and must never appear: a test scans every figure and every rendered text.
import { CERTAINTY_LEVELS, type Certainty } from '../content/certainty';
import { perspectiveText, text, type TextRef } from '../content/text';
import { EMERGENCY_PAIN_SOURCES, type SourceId } from '../references/registry';
import type { LearnPageId } from './pages';

/** What a figure counts, for icon arrays and for the tests that keep unsupported figures out. */
export type FigureOutcome =
  | 'helped'
  | 'much-improved'
  | 'less-pain'
  | 'improved'
  | 'stopped-for-side-effects'
  | 'nausea'
  | 'headache'
  | 'sleep-trouble'
  | 'less-appetite';

/** What a trial found for its main question: every trial is shown with one, in the same way (IPDAS: equal weight). */
export const TRIAL_RESULTS = ['benefit', 'no-benefit', 'mixed'] as const;
export type TrialResult = (typeof TRIAL_RESULTS)[number];

export interface Figure {
  readonly outcome: FigureOutcome;
  /** People out of 100 in the group (a range when the sources differ). */
  readonly per100: number | { readonly low: number; readonly high: number };
  /** The same outcome out of 100 in the comparison group (usually placebo), when there was one. */
  readonly comparePer100?: number;
  /** Who the number comes from. */
  readonly population: TextRef;
  /** The dose they took (null when it does not apply, e.g. therapy). */
  readonly dose: TextRef | null;
  /** Over what time. */
  readonly period: TextRef;
  /** What the comparison group had, when there was one. */
  readonly comparison?: TextRef;
}

export interface Statement {
  readonly id: string;
  readonly text: TextRef;
  readonly sourceIds: readonly SourceId[];
  /**
   * How sure anyone can be. null only for practical statements that make no medical claim
   * ("ask what it costs"); those have no sources.
   */
  readonly certainty: Certainty | null;
  readonly params?: Readonly<Record<string, number>>;
  readonly figure?: Figure;
  /** For a statement about one trial or review of LDN: what it found. */
  readonly result?: TrialResult;
}

export { LEARN_PAGE_IDS, type LearnPageId } from './pages';

export interface LearnPage {
  readonly id: LearnPageId;
  readonly title: TextRef;
  readonly intro: TextRef;
  /**
   * Whether the intro leads the page. Most intros say what the page's details hold, so they open
   * "More details" instead (issue 18: the short version leads); one that the reader must see stays on top.
   */
  readonly introOnScreen: boolean;
  readonly statements: readonly Statement[];
  /** Shown instead of an icon array where no numbers exist (LDN for ADHD). */
  readonly noNumbers?: TextRef;
  /** "The short version": at most 3 plain points read first (issue 18: a short core path). */
  readonly short: readonly ShortPoint[];
  /** Ids of the statements shown without opening anything; the rest wait behind "More details". */
  readonly coreIds: readonly string[];
}

/** One point of a page's short version: the statements it sums up give its sources and its certainty (their lowest). */
export interface ShortPoint {
  readonly id: string;
  readonly text: TextRef;
  /** Ids of the page's statements this point sums up. */
  readonly sums: readonly string[];
  readonly sourceIds: readonly SourceId[];
  /** The lowest certainty of the statements it sums up, as on the options grid (null: practical advice only). */
  readonly certainty: Certainty | null;
}

export const OPTION_IDS = ['ldn', 'stimulants', 'non-stimulants', 'behavioural', 'no-change'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

export const ASPECTS = ['benefits', 'harms', 'certainty', 'dailyLife', 'costRules'] as const;
export type Aspect = (typeof ASPECTS)[number];

/** The rows of the options grid (Option Grid): what it is, then one question per aspect. */
export const GRID_ROWS = ['what', ...ASPECTS] as const;
export type GridRow = (typeof GRID_ROWS)[number];

/** One cell of the options grid: a short answer (25 words at most) and its certainty label. */
export interface ShortAnswer {
  readonly text: TextRef;
  /** Its numbers, each one taken from the full statements of the same cell. */
  readonly params?: Readonly<Record<string, number>>;
  readonly certainty: Certainty | null;
}

export interface OptionSummary {
  readonly id: OptionId;
  readonly name: TextRef;
  readonly what: TextRef;
  /** The option's overall certainty (null for "no change": nothing to weigh). */
  readonly overall: Certainty | null;
  readonly aspects: Readonly<Record<Aspect, readonly Statement[]>>;
  /** What the grid shows without opening anything; the aspects' statements are one activation away. */
  readonly short: Readonly<Record<GridRow, ShortAnswer>>;
}

// ---------------------------------------------------------------------------------------------

const group = (id: string) => text(`learn:groups.${id}`);
const dose = (id: string) => text(`learn:doses.${id}`);
const period = (id: string) => text(`learn:periods.${id}`);
const PLACEBO = text('learn:comparisons.placebo');

function s(
  page: string,
  id: string,
  sourceIds: readonly SourceId[],
  certainty: Certainty | null,
  extra: { params?: Record<string, number>; figure?: Figure; child?: boolean; result?: TrialResult } = {},
): Statement {
  return {
    id: `${page}.${id}`,
    text: extra.child ? perspectiveText(`learn:${page}.${id}`) : text(`learn:${page}.${id}`),
    sourceIds,
    certainty,
    ...(extra.params ? { params: extra.params } : {}),
    ...(extra.figure ? { figure: extra.figure } : {}),
    ...(extra.result ? { result: extra.result } : {}),
  };
}

function page(id: LearnPageId, statements: Statement[], noNumbers = false): LearnPage {
  const layer = LAYERS[id];
  return {
    id,
    title: text(`learn:${id}.title`),
    intro: text(`learn:${id}.intro`),
    introOnScreen: layer.introOnScreen ?? false,
    statements,
    short: layer.short.map(([point, sums]) => {
      const summed = sums.map((statementId) => {
        const found = statements.find((st) => st.id === `${id}.${statementId}`);
        if (!found) throw new Error(`short point ${id}.${point} sums up no statement ${statementId}`);
        return found;
      });
      return {
        id: `${id}.${point}`,
        text: text(`learn:short.${id}.${point}`),
        sums: summed.map((st) => st.id),
        sourceIds: [...new Set(summed.flatMap((st) => st.sourceIds))],
        certainty: lowestCertainty(summed.map((st) => st.certainty)),
      };
    }),
    coreIds: layer.core.map((statement) => `${id}.${statement}`),
    ...(noNumbers ? { noNumbers: text(`learn:${id}.noNumbers`) } : {}),
  };
}

const ADHD_PILOTS: readonly SourceId[] = ['nct01721330', 'nct01873729'];

// Each page's layers (issue 18, for readers with ADHD): the short version, then the core
// statements, then the rest on demand. The short version says what the page's main statements say
// in detail (every fact the knowledge check asks about among them), so the core holds only what must
// be read without opening anything and the short version has no room for: the safety page's warning
// about overdose after stopping. Each page's statements, with their certainty and sources, are one
// activation away.
const LAYERS: Readonly<Record<LearnPageId, { short: readonly (readonly [string, readonly string[]])[]; core: readonly string[]; introOnScreen?: true }>> = {
  'about-adhd': {
    short: [
      ['what', ['what']],
      ['common', ['commonChildren', 'course']],
      ['medicine', ['review', 'noData']],
    ],
    core: [],
  },
  'what-is-ldn': {
    short: [
      ['what', ['definition']],
      ['approval', ['approval']],
      ['compounded', ['compounded']],
    ],
    core: [],
  },
  'how-it-might-work': {
    short: [
      ['unknown', ['hypotheses']],
      ['guesses', ['hypotheses', 'endorphins', 'inflammation']],
      ['adhd', ['dopamine']],
    ],
    core: [],
  },
  'adhd-evidence': {
    short: [
      ['none', ['none']],
      ['pilots', ['pilots']],
    ],
    // That there are no numbers is said by the page's note in place of an icon array.
    core: [],
    // "This is the most important page": said before anything else.
    introOnScreen: true,
  },
  'other-conditions': {
    short: [
      ['tried', ['fibromyalgiaSmall', 'crohns', 'ms']],
      ['mixed', ['fibromyalgiaSmall', 'fibromyalgiaLarger']],
      ['notAdhd', ['notAdhd']],
    ],
    core: [],
  },
  'side-effects': {
    short: [
      ['dreams', ['vividDreams']],
      ['serious', ['overall']],
      ['neverCompared', ['neverCompared']],
    ],
    core: [],
  },
  safety: {
    short: [
      ['opioids', ['opioids']],
      ['overcome', ['overcome']],
      // Labels and rules say these need care (the data on pregnancy are thin, as the details say).
      ['care', ['liver', 'kidneys', 'under18']],
    ],
    // The warning the short version has no room for: the risk of overdose after stopping.
    core: ['overdose'],
  },
  practicalities: {
    short: [
      ['prescription', ['prescription']],
      ['bedtime', ['bedtime']],
      ['ask', ['askCost', 'askTime']],
    ],
    core: [],
  },
};

/** The statements a page shows without opening anything, and those behind "More details". */
export const coreStatements = (page: LearnPage) => page.statements.filter((s) => page.coreIds.includes(s.id));
export const moreStatements = (page: LearnPage) => page.statements.filter((s) => !page.coreIds.includes(s.id));

export const LEARN_PAGES: readonly LearnPage[] = [
  // What ADHD is, how common, how it goes, and outcomes with and without medicine (IPDAS
  // qualifying criterion: the condition). Outcome numbers are from registers, and the page says so.
  page('about-adhd', [
    s('about-adhd', 'what', ['nice-ng87-context'], 'checked-fact'),
    s('about-adhd', 'diagnosis', ['nice-qs39'], 'checked-fact'),
    s('about-adhd', 'commonChildren', ['cdc-adhd-2022', 'polanczyk-2007'], 'some-evidence', { params: { n: 11, world: 5 } }),
    s('about-adhd', 'commonAdults', ['song-2021', 'fayyad-2017'], 'some-evidence', { params: { low: 3, high: 7 } }),
    s('about-adhd', 'course', ['faraone-2006'], 'some-evidence', { params: { full: 15, partial: 65 } }),
    s('about-adhd', 'courseMta', ['sibley-2021'], 'some-evidence', { params: { people: 558, recovered: 9, always: 11, inOut: 64 } }),
    s('about-adhd', 'outcomesKind', ['outcomes-review-2019'], 'checked-fact'),
    s('about-adhd', 'deaths', ['denmark-mortality-2015'], 'some-evidence', { params: { adhd: 6, others: 2 } }),
    s('about-adhd', 'deathsMedicine', ['sweden-2024-mortality'], 'some-evidence', { params: { on: 39, off: 48 } }),
    s('about-adhd', 'crashes', ['us-crash-2017'], 'some-evidence', { params: { men: 38, women: 42 } }),
    s('about-adhd', 'crime', ['sweden-crime-2012'], 'some-evidence', { params: { men: 32, women: 41 } }),
    s('about-adhd', 'review', ['outcomes-review-2019'], 'some-evidence', { params: { low: 9, high: 58 } }),
    s('about-adhd', 'noData', ['outcomes-review-2019', ...ADHD_PILOTS], 'no-studies-in-adhd'),
  ]),
  page('what-is-ldn', [
    s('what-is-ldn', 'definition', ['toljan-2018', 'label-us-naltrexone'], 'checked-fact', { params: { usual: 50, low: 1, high: 5 } }),
    s('what-is-ldn', 'approval', ['label-us-naltrexone', 'fda-compounding'], 'checked-fact'),
    s('what-is-ldn', 'compounded', ['fda-compounding'], 'checked-fact'),
    s('what-is-ldn', 'dose', ['younger-2013', 'cree-2010', 'smith-2011', 'raknes-2017'], 'checked-fact', {
      params: { dose: 4.5, median: 3.7 },
    }),
  ]),
  page('how-it-might-work', [
    s('how-it-might-work', 'hypotheses', ['toljan-2018'], 'very-uncertain'),
    s('how-it-might-work', 'endorphins', ['toljan-2018'], 'very-uncertain'),
    s('how-it-might-work', 'inflammation', ['wang-2016', 'cant-2017', 'toljan-2018'], 'very-uncertain'),
    s('how-it-might-work', 'dopamine', ADHD_PILOTS, 'no-studies-in-adhd'),
    // The web's "neuroprotection" and "improves neurotransmitter function" claims, answered.
    s('how-it-might-work', 'claims', ['adhd-testing-page', 'toljan-2018', 'cant-2017'], 'no-studies-in-adhd'),
  ]),
  page(
    'adhd-evidence',
    [
      s('adhd-evidence', 'none', ADHD_PILOTS, 'no-studies-in-adhd'),
      s('adhd-evidence', 'pilots', ADHD_PILOTS, 'no-studies-in-adhd', { params: { people: 3, low: 50, high: 100 } }),
      s('adhd-evidence', 'autism', ['campbell-1993', 'kolmen-1997', 'willemsen-swinkels-1996', 'elchaar-2006'], 'very-uncertain', {
        params: { low: 11, high: 41, perKg: 1, weeksLow: 3, weeksHigh: 4 },
      }),
      s('adhd-evidence', 'withStimulant', ['jcp-2018-naltrexone-stimulant'], 'some-evidence', { params: { people: 37, dose: 50 } }),
    ],
    true,
  ),
  // Trials that found no benefit are shown exactly as the ones that did: a result badge each, and
  // numbers in words only (no icon array for one side alone).
  page('other-conditions', [
    s('other-conditions', 'fibromyalgiaSmall', ['younger-2013'], 'very-uncertain', { params: { people: 31, dose: 4.5, n: 32, compare: 11 }, result: 'benefit' }),
    s('other-conditions', 'fibromyalgiaLarger', ['bruun-2024'], 'some-evidence', { params: { people: 99, dose: 6, weeks: 12, ramp: 4 }, result: 'no-benefit' }),
    s('other-conditions', 'fibromyalgiaBested', ['bested-2023'], 'very-uncertain', { params: { people: 58, dose: 4.5, weeks: 3 }, result: 'no-benefit' }),
    s('other-conditions', 'reviews', ['vatvani-2024', 'rassi-mariani-2024'], 'very-uncertain', { params: { trials: 7 }, result: 'mixed' }),
    s('other-conditions', 'crohns', ['smith-2011'], 'very-uncertain', { params: { people: 40, dose: 4.5, weeks: 12, n: 88, compare: 40 }, result: 'benefit' }),
    s('other-conditions', 'ms', ['cree-2010'], 'very-uncertain', { params: { people: 80, completed: 60, weeks: 8 }, result: 'mixed' }),
    s('other-conditions', 'notAdhd', ADHD_PILOTS, 'no-studies-in-adhd'),
  ]),
  page('side-effects', [
    s('side-effects', 'overall', ['bolton-2019'], 'some-evidence', { params: { trials: 89, low: 3, high: 250, studies: 26 } }),
    s('side-effects', 'dizzyVomit', ['bolton-2019-summary', 'bolton-2019'], 'some-evidence', { params: { dizzy: 1.5, vomit: 1.9 } }),
    s('side-effects', 'vividDreams', ['ldn-meta-2025', 'vatvani-2024'], 'some-evidence', { params: { ratio: 2.4 } }),
    s('side-effects', 'nauseaHeadache', ['vatvani-2024', 'ldn-meta-2025', 'naltrexone-fibromyalgia-women-meta'], 'very-uncertain'),
    s('side-effects', 'stoppedLdn', ['bruun-2024'], 'some-evidence', {
      figure: {
        outcome: 'stopped-for-side-effects',
        per100: 8,
        comparePer100: 6,
        population: group('fibromyalgiaWomen99'),
        dose: dose('ldn6'),
        period: period('twelveWeeks'),
        comparison: PLACEBO,
      },
    }),
    s('side-effects', 'labelNausea', ['croop-1997', 'label-us-naltrexone'], 'very-uncertain', {
      figure: {
        outcome: 'nausea',
        per100: 10,
        population: group('alcoholAdults570'),
        dose: dose('standard50'),
        period: period('twelveWeeks'),
      },
    }),
    s('side-effects', 'labelHeadache', ['croop-1997', 'label-us-naltrexone'], 'very-uncertain', {
      figure: {
        outcome: 'headache',
        per100: 7,
        population: group('alcoholAdults570'),
        dose: dose('standard50'),
        period: period('twelveWeeks'),
      },
    }),
    s('side-effects', 'labelStopped', ['croop-1997'], 'very-uncertain', {
      figure: {
        outcome: 'stopped-for-side-effects',
        per100: 15,
        population: group('alcoholAdults570'),
        dose: dose('standard50'),
        period: period('twelveWeeks'),
      },
    }),
    s('side-effects', 'labelNote', ['croop-1997', 'label-us-naltrexone'], 'checked-fact', { params: { dose: 50 } }),
    s('side-effects', 'ukLeaflet', ['pil-uk-adepend'], 'checked-fact', { params: { n: 10 } }),
    // The figures that circulate online, named and answered (the seed table's own numbers other
    // than nausea are never written, see tests/unit/shared/content.test.ts).
    s('side-effects', 'popularClaims', ['adhd-testing-page', 'croop-1997', 'label-us-naltrexone'], 'checked-fact'),
    s('side-effects', 'neverCompared', ADHD_PILOTS, 'no-studies-in-adhd'),
    s('side-effects', 'liverHighDose', ['label-us-naltrexone'], 'checked-fact', { params: { dose: 300 } }),
    s('side-effects', 'children', ['smith-2013'], 'very-uncertain', { params: { people: 14, low: 8, high: 17, weeks: 16 } }),
  ]),
  page('safety', [
    s('safety', 'opioids', ['label-us-naltrexone', 'label-us-vivitrol-2013'], 'checked-fact'),
    // What is known about low doses and opioids (never "not studied", which reads as "maybe safe").
    s('safety', 'lowDoseBlock', ['trostheim-2022'], 'some-evidence', { params: { low: 2, lowShare: 27, mid: 5 } }),
    s('safety', 'lowDoseWithdrawal', ['naumann-2023'], 'checked-fact', { params: { dose: 1 } }),
    s('safety', 'overcome', ['revia-patient-info', 'fda-revia-2013'], 'checked-fact'),
    s('safety', 'gap', ['label-us-naltrexone', 'asam-2015'], 'checked-fact', { params: { low: 7, high: 10, weeks: 2 } }),
    s('safety', 'kratom', ['jarka-2023', 'shm-kratom'], 'very-uncertain'),
    s('safety', 'surgery', ['asam-2015', 'goel-2024'], 'checked-fact', { params: { days: 3, hours: 72 } }),
    s('safety', 'card', ['revia-patient-info'], 'checked-fact'),
    // The answer to the sheet's emergency question (the label's reversal-of-blockade section is seen
    // only through a secondary page, so not above "some evidence").
    s('safety', 'emergencyPain', EMERGENCY_PAIN_SOURCES, 'some-evidence'),
    s('safety', 'overdose', ['label-us-naltrexone', 'fda-revia-2013'], 'checked-fact'),
    s('safety', 'liver', ['smpc-uk-adepend', 'fachinfo-ch-naltrexone', 'label-us-vivitrol-2013', 'fda-revia-2013', 'label-us-naltrexone'], 'checked-fact', {
      params: { year: 2013, low: 5, high: 10, tablet: 50 },
    }),
    s('safety', 'kidneys', ['label-us-pharmacokinetics', 'smpc-uk-adepend'], 'checked-fact'),
    s('safety', 'pregnancy', ['label-us-naltrexone', 'wachman-2019'], 'very-uncertain'),
    s('safety', 'breastfeeding', ['lactmed-naltrexone', 'chan-2004'], 'very-uncertain'),
    s('safety', 'under18', ['smpc-uk-adepend', 'smith-2013'], 'checked-fact'),
    s('safety', 'mood', ['pil-uk-adepend'], 'checked-fact'),
  ]),
  page('practicalities', [
    s('practicalities', 'prescription', ['fda-compounding'], 'checked-fact'),
    s('practicalities', 'quality', ['fda-compounding'], 'checked-fact'),
    s('practicalities', 'bedtime', ['cree-2010', 'younger-2013'], 'checked-fact'),
    s('practicalities', 'titration', ['lavendersky-titration', 'bruun-2024'], 'very-uncertain', { params: { start: 1.5, weeks: 4 } }),
    s('practicalities', 'thyroidClaims', ['mcdermott-2019', 'raknes-2020'], 'some-evidence'),
    s('practicalities', 'askCost', [], null),
    s('practicalities', 'askTime', [], null),
  ]),
];

// ---------------------------------------------------------------------------------------------
// The options side by side

function o(
  option: OptionId,
  aspect: Aspect,
  n: number,
  sourceIds: readonly SourceId[],
  certainty: Certainty | null,
  extra: { params?: Record<string, number>; figure?: Figure } = {},
): Statement {
  return s(`options.${option}.${aspect}`, String(n), sourceIds, certainty, extra);
}

/** The least sure of these certainties (null when none makes a medical claim). */
export function lowestCertainty(levels: readonly (Certainty | null)[]): Certainty | null {
  const known = levels.filter((c): c is Certainty => c !== null);
  return known.length === 0 ? null : known.reduce((a, b) => (CERTAINTY_LEVELS.indexOf(a) <= CERTAINTY_LEVELS.indexOf(b) ? a : b));
}

/** Whether a cell has evidence behind its short answer (a source or a figure) to open. */
export const hasEvidence = (statements: readonly Statement[]) => statements.some((s) => s.sourceIds.length > 0 || s.figure !== undefined);

// A cell's short answer is `learn:options.<id>.short.<aspect>`, labelled with the cell's lowest
// certainty; the "how sure" row carries the option's overall certainty. A cell of one practical
// statement with no source (e.g. "ask what it costs") is already short: it is its own answer.
function option(
  id: OptionId,
  overall: Certainty | null,
  aspects: Record<Aspect, Statement[]>,
  shortParams: Partial<Record<Aspect, Record<string, number>>> = {},
): OptionSummary {
  const what = text(`learn:options.${id}.what`);
  const cell = (aspect: Aspect): ShortAnswer => {
    const statements = aspects[aspect];
    const only = statements.length === 1 ? statements[0] : undefined;
    const params = shortParams[aspect];
    return {
      text: only && !hasEvidence(statements) ? only.text : text(`learn:options.${id}.short.${aspect}`),
      ...(params ? { params } : {}),
      certainty: aspect === 'certainty' ? overall : lowestCertainty(statements.map((s) => s.certainty)),
    };
  };
  const short = {
    what: { text: what, certainty: null },
    ...Object.fromEntries(ASPECTS.map((aspect) => [aspect, cell(aspect)])),
  } as Record<GridRow, ShortAnswer>;
  return { id, name: text(`learn:options.${id}.name`), what, overall, aspects, short };
}

export const OPTIONS: readonly OptionSummary[] = [
  option('ldn', 'no-studies-in-adhd', {
    benefits: [o('ldn', 'benefits', 1, ADHD_PILOTS, 'no-studies-in-adhd')],
    harms: [
      o('ldn', 'harms', 1, ['ldn-meta-2025', 'bolton-2019', 'bolton-2019-summary'], 'some-evidence'),
      o('ldn', 'harms', 2, ['label-us-naltrexone', 'naumann-2023'], 'checked-fact'),
    ],
    certainty: [o('ldn', 'certainty', 1, [...ADHD_PILOTS, 'bruun-2024', 'younger-2013'], 'no-studies-in-adhd')],
    dailyLife: [
      o('ldn', 'dailyLife', 1, ['cree-2010', 'lavendersky-titration'], 'checked-fact'),
      o('ldn', 'dailyLife', 2, ['ldnrt-timing', 'cree-2010', 'younger-2013'], 'very-uncertain', { params: { low: 8, high: 12 } }),
      o('ldn', 'dailyLife', 3, ['aafp-2024-card', 'revia-patient-info'], 'checked-fact'),
    ],
    costRules: [o('ldn', 'costRules', 1, ['fda-compounding'], 'checked-fact'), o('ldn', 'costRules', 2, [], null)],
  }, { dailyLife: { low: 8, high: 12 } }),
  option('stimulants', 'strong-evidence', {
    benefits: [
      o('stimulants', 'benefits', 1, ['ajp-2008-mph-atx', 'cortese-2018'], 'strong-evidence', {
        figure: {
          outcome: 'much-improved',
          per100: 56,
          comparePer100: 24,
          population: group('children6to16'),
          dose: dose('methylphenidate'),
          period: period('sixWeeks'),
          comparison: PLACEBO,
        },
      }),
      // One adult trial, and a smaller average effect in adults in the review: labelled lower.
      o('stimulants', 'benefits', 2, ['medori-2008', 'cortese-2018-summary'], 'some-evidence', {
        figure: {
          outcome: 'improved',
          per100: { low: 49, high: 60 },
          comparePer100: 27,
          population: group('adultsAdhdTrial'),
          dose: dose('methylphenidate'),
          period: period('fiveWeeks'),
          comparison: PLACEBO,
        },
      }),
      // No response rate here: every rate is given beside its placebo rate (1 and 2).
      o('stimulants', 'benefits', 3, ['arnold-2000', 'efron-1997'], 'some-evidence'),
    ],
    harms: [
      o('stimulants', 'harms', 1, ['vyvanse-label'], 'some-evidence', {
        params: { sleep: 23, sleepPlacebo: 3 },
        figure: {
          outcome: 'less-appetite',
          per100: 39,
          comparePer100: 4,
          population: group('children6to12Lisdex'),
          dose: dose('lisdexamfetamine'),
          period: period('fourWeeks'),
          comparison: PLACEBO,
        },
      }),
      o('stimulants', 'harms', 2, ['vyvanse-label', 'medori-2008'], 'some-evidence', {
        params: { appetite: 27, appetitePlacebo: 2 },
        figure: {
          outcome: 'sleep-trouble',
          per100: 27,
          comparePer100: 8,
          population: group('adultsLisdex'),
          dose: dose('lisdexamfetamine'),
          period: period('fourWeeks'),
          comparison: PLACEBO,
        },
      }),
      o('stimulants', 'harms', 3, ['mta-growth'], 'some-evidence', { params: { cm: 2, kg: 2.7 } }),
      o('stimulants', 'harms', 4, ['adult-cardio-2013', 'cohen-2015'], 'some-evidence', { params: { bpm: 6, tics: 5.7, ticsPlacebo: 6.5 } }),
    ],
    certainty: [
      o('stimulants', 'certainty', 1, ['cortese-2018', 'cortese-2018-summary'], 'strong-evidence', { params: { trials: 133, child: 81, adult: 51, weeks: 12 } }),
      o('stimulants', 'certainty', 2, ['castells-2022'], 'some-evidence', { params: { trials: 94, pct: 23 } }),
    ],
    dailyLife: [
      o('stimulants', 'dailyLife', 1, ['nhs-methylphenidate'], 'checked-fact', { params: { low: 4, high: 12 } }),
      o('stimulants', 'dailyLife', 2, ['nhs-methylphenidate', 'nice-ng87', 'wfadhd-2019'], 'checked-fact', { params: { weeks: 6 } }),
    ],
    costRules: [
      o('stimulants', 'costRules', 1, ['cfr-1306-12', 'nhs-methylphenidate'], 'checked-fact', { params: { days: 90, ukDays: 28 } }),
      o('stimulants', 'costRules', 2, ['mmwr-2024-adults'], 'checked-fact', { params: { n: 72 } }),
      o('stimulants', 'costRules', 3, [], null),
    ],
  }, {
    benefits: { n: 56, compare: 24, low: 49, high: 60, adultCompare: 27 },
    harms: { n: 39, compare: 4 },
    certainty: { trials: 133, weeks: 12 },
    dailyLife: { low: 4, high: 12 },
  }),
  // The review the app cites rates drug-versus-placebo comparisons in children high or moderate:
  // the same label as stimulants, for children and teens (the statement says so).
  option('non-stimulants', 'strong-evidence', {
    benefits: [
      o('non-stimulants', 'benefits', 1, ['ajp-2008-mph-atx'], 'some-evidence', {
        figure: {
          outcome: 'much-improved',
          per100: 45,
          comparePer100: 24,
          population: group('children6to16'),
          dose: dose('atomoxetine'),
          period: period('sixWeeks'),
          comparison: PLACEBO,
        },
      }),
      // Better than a placebo is strong evidence; "less well than stimulants" rests on indirect comparisons (low or very low confidence).
      o('non-stimulants', 'benefits', 2, ['cortese-2018', 'cortese-2018-summary'], 'some-evidence'),
    ],
    harms: [
      o('non-stimulants', 'harms', 1, ['hennissen-2017'], 'some-evidence', { params: { trials: 18, n: 2 } }),
      o('non-stimulants', 'harms', 2, ['viloxazine-news'], 'some-evidence'),
      o('non-stimulants', 'harms', 3, [], null),
    ],
    certainty: [o('non-stimulants', 'certainty', 1, ['cortese-2018', 'cortese-2018-summary'], 'strong-evidence', { params: { trials: 133, weeks: 12 } })],
    dailyLife: [
      o('non-stimulants', 'dailyLife', 1, ['elft-atomoxetine'], 'checked-fact'),
      o('non-stimulants', 'dailyLife', 2, ['guanfacine-label'], 'checked-fact', { params: { mg: 1 } }),
    ],
    costRules: [o('non-stimulants', 'costRules', 1, [], null)],
  }, { benefits: { n: 45, compare: 24 }, certainty: { weeks: 12 } }),
  option('behavioural', 'some-evidence', {
    benefits: [
      o('behavioural', 'benefits', 1, ['safren-2010'], 'some-evidence', {
        figure: {
          outcome: 'much-improved',
          per100: 53,
          comparePer100: 23,
          population: group('adultsOnMedicine86'),
          dose: null,
          period: period('twelveSessions'),
          comparison: text('learn:comparisons.relaxation'),
        },
      }),
      o('behavioural', 'benefits', 2, ['aap-2019'], 'checked-fact', { params: { low: 4, high: 6 } }),
    ],
    harms: [o('behavioural', 'harms', 1, ['safren-2010'], 'checked-fact', { params: { sessions: 12 } }), o('behavioural', 'harms', 2, [], null)],
    certainty: [o('behavioural', 'certainty', 1, ['aap-2019-summary'], 'some-evidence')],
    dailyLife: [
      o('behavioural', 'dailyLife', 1, ['parent-training-trials', 'safren-2010'], 'checked-fact', { params: { sessions: 12 } }),
      o('behavioural', 'dailyLife', 2, ['cdc-parent-training'], 'some-evidence'),
    ],
    costRules: [
      o('behavioural', 'costRules', 1, ['mmwr-2016-young-children'], 'checked-fact', { params: { low: 45, high: 54 } }),
      o('behavioural', 'costRules', 2, [], null),
    ],
  }, { benefits: { n: 53, compare: 23 }, dailyLife: { sessions: 12 } }),
  option('no-change', null, {
    benefits: [o('no-change', 'benefits', 1, [], null)],
    harms: [o('no-change', 'harms', 1, ['sibley-2021', 'denmark-mortality-2015', 'us-crash-2017'], 'some-evidence')],
    certainty: [o('no-change', 'certainty', 1, [], null)],
    dailyLife: [o('no-change', 'dailyLife', 1, [], null), o('no-change', 'dailyLife', 2, ['healthday-2024'], 'some-evidence', { params: { n: 37 } })],
    costRules: [o('no-change', 'costRules', 1, [], null)],
  }),
];

export const ASPECT_LABELS: Readonly<Record<Aspect, TextRef>> = {
  benefits: text('learn:aspects.benefits'),
  harms: text('learn:aspects.harms'),
  certainty: text('learn:aspects.certainty'),
  dailyLife: text('learn:aspects.dailyLife'),
  costRules: text('learn:aspects.costRules'),
};

export const CERTAINTY_LABELS: Readonly<Record<Certainty, { label: TextRef; help: TextRef }>> = {
  'no-studies-in-adhd': { label: text('learn:certainty.no-studies-in-adhd.label'), help: text('learn:certainty.no-studies-in-adhd.help') },
  'very-uncertain': { label: text('learn:certainty.very-uncertain.label'), help: text('learn:certainty.very-uncertain.help') },
  'some-evidence': { label: text('learn:certainty.some-evidence.label'), help: text('learn:certainty.some-evidence.help') },
  'strong-evidence': { label: text('learn:certainty.strong-evidence.label'), help: text('learn:certainty.strong-evidence.help') },
  'checked-fact': { label: text('learn:certainty.checked-fact.label'), help: text('learn:certainty.checked-fact.help') },
};

/** Shown by every icon array: what "out of 100" means. */
export const FIGURE_TEXT = {
  outOf100: text('learn:figures.outOf100'),
  group: text('learn:figures.group'),
  dose: text('learn:figures.dose'),
  period: text('learn:figures.period'),
  comparison: text('learn:figures.comparison'),
  noNumbers: text('learn:figures.noNumbers'),
  withOption: text('learn:figures.withOption'),
  withRange: text('learn:figures.withRange'),
  withComparison: text('learn:figures.withComparison'),
} as const;

/** The names of a Learn page's layers (issue 18). */
export const LAYER_TEXT = {
  short: text('learn:layers.short'),
  more: text('learn:layers.more'),
  figure: text('learn:layers.figure'),
} as const;

export const RESULT_LABELS: Readonly<Record<TrialResult, TextRef>> = {
  benefit: text('learn:results.benefit'),
  'no-benefit': text('learn:results.no-benefit'),
  mixed: text('learn:results.mixed'),
};

/** Values for a statement's {{placeholders}}: its figure's numbers, then its own params. */
export function paramsOf(statement: Statement): Record<string, number> {
  const out: Record<string, number> = { ...statement.params };
  const f = statement.figure;
  if (f) {
    if (typeof f.per100 === 'number') out['n'] = f.per100;
    else {
      out['low'] = f.per100.low;
      out['high'] = f.per100.high;
    }
    if (f.comparePer100 !== undefined) out['compare'] = f.comparePer100;
  }
  return out;
}

/** Every statement of the Learn model: pages, then options. */
export function allStatements(): Statement[] {
  return [...LEARN_PAGES.flatMap((p) => p.statements), ...OPTIONS.flatMap((opt) => Object.values(opt.aspects).flat())];
}
