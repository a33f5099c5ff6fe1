// The decision engine's rule table (product brief §4, every row, plus a few that make "not sure"
// and skipped safety questions reach the prescriber). Each rule: an id, a condition over the
// answers, a severity, text keys (title and body in locales/<lang>/engine.json under
// rules.<id>), the prescriber questions it adds, and the sources its wording rests on.
//
// Every rule also has a key line (rules.<id>.key), its safety point in one sentence, and a certainty
// label for what it says. The sheet always prints a fired rule's point, which the person cannot
// remove: a raise-first rule's key line and explanation, an ask-about rule's title and key line
// (each with the shared warning it needs, printed with every such flag so each key line stands alone).
// The explanation (body) holds only what the key line does not say (issue 18 §5).
//
// Wording rules for the texts: they explain and ask, they never tell anyone to start or stop
// LDN; every number and warning matches the evidence file at the certainty it allows (the label
// figures are for standard 50 mg doses, and say so). A "not sure" answer is never restated as a fact.
import type { Certainty } from '../content/certainty';
import { perspectiveText, text, type TextRef } from '../content/text';
import { EMERGENCY_PAIN_SOURCES, type SourceId } from '../references/registry';
import { all, any, has, not, perspectiveIs, unanswered, type Condition } from '../questionnaire/conditions';
import { MEDICINE_FAMILIES, NOT_SURE, PREFER_NOT, STIMULANT_FAMILIES, type QuestionId, type StimulantFamily } from '../questionnaire/ids';
import { OPIOID_NOW_TAKEN, SIDE_EFFECTS_REPORTED, tried } from '../questionnaire/model';

export const SEVERITIES = ['raise-first', 'ask-about'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Readonly<Record<Severity, TextRef>> = {
  'raise-first': text('engine:severity.raise-first'),
  'ask-about': text('engine:severity.ask-about'),
};

// ---------------------------------------------------------------------------------------------
// Questions for the prescriber. Several rules may add the same question; it then appears once.

export interface PrescriberQuestionDef {
  readonly text: TextRef;
  readonly sourceIds: readonly SourceId[];
  /** On every sheet (brief §4, "always-present questions"). */
  readonly always?: true;
}

const QUESTION_SOURCES = {
  'q-opioid-change': ['label-us-naltrexone'],
  'q-emergency-pain': EMERGENCY_PAIN_SOURCES,
  'q-maintenance-clinician': ['label-us-naltrexone', 'asam-2015'],
  'q-opioid-gap': ['label-us-naltrexone', 'asam-2015'],
  'q-check-medicines': ['label-us-vivitrol-2013'],
  'q-antidiarrhoeal': ['label-us-vivitrol-2013'],
  'q-surgery-plan': ['asam-2015', 'goel-2024'],
  'q-overdose-risk': ['label-us-naltrexone'],
  'q-liver-suitable': ['fachinfo-ch-naltrexone', 'smpc-uk-adepend'],
  'q-liver-tests': ['label-us-naltrexone', 'pdr-naltrexone'],
  'q-kidney': ['label-us-pharmacokinetics', 'smpc-uk-adepend'],
  'q-allergy': ['label-us-naltrexone'],
  'q-allergy-check': ['label-us-naltrexone'],
  'q-pregnancy': ['wachman-2019', 'lactmed-naltrexone'],
  'q-child-why': ['smith-2013', 'smpc-uk-adepend', 'aap-2019'],
  'q-parent-training': ['aap-2019', 'nice-ng87'],
  'q-assessment': ['aap-2019', 'nice-ng87'],
  'q-why-ldn-first': ['ajp-2008-mph-atx', 'medori-2008', 'cortese-2018'],
  'q-other-family': ['arnold-2000'],
  'q-adjust-stimulant': ['nice-ng87'],
  'q-sleep': ['ldn-meta-2025'],
  'q-other-options': ['cortese-2018', 'safren-2010'],
  'q-trial-plan': ['nct01721330', 'nct01873729'],
  'q-with-stimulant': ['jcp-2018-naltrexone-stimulant'],
  'q-thyroid': ['mcdermott-2019', 'raknes-2020'],
  'q-mood': ['pil-uk-adepend'],
  'q-mood-unsure': ['pil-uk-adepend'],
  'q-urgent-support': ['pil-uk-adepend'],
  'q-go-over-unsure': [],
  'q-go-over-unanswered': ['label-us-naltrexone'],
  // Safety questions left blank or kept private: a neutral question each (rule unanswered-safety)
  'q-private-opioids-now': ['label-us-naltrexone'],
  'q-private-opioids-recent': ['label-us-naltrexone'],
  'q-private-oud': ['label-us-naltrexone'],
  'q-private-pregnancy': ['wachman-2019'],
  'q-private-mood': ['pil-uk-adepend'],
  'q-private-safety': ['pil-uk-adepend'],
  // Always present (brief §4)
  'q-goal': [],
  'q-stop-rules': [],
  'q-call-me': ['ldn-meta-2025', 'label-us-naltrexone'],
  'q-compare': ['nct01721330', 'nct01873729', 'cortese-2018'],
  'q-cost': ['fda-compounding'],
} as const satisfies Record<string, readonly SourceId[]>;

export type PrescriberQuestionId = keyof typeof QUESTION_SOURCES;

/** On every sheet, after the questions the flags add (brief §4, "always-present questions"). */
export const ALWAYS_QUESTION_IDS: readonly PrescriberQuestionId[] = ['q-goal', 'q-stop-rules', 'q-call-me', 'q-compare', 'q-cost'];

function buildQuestions(): Record<PrescriberQuestionId, PrescriberQuestionDef> {
  const out = {} as Record<PrescriberQuestionId, PrescriberQuestionDef>;
  for (const id of Object.keys(QUESTION_SOURCES) as PrescriberQuestionId[]) {
    const always = ALWAYS_QUESTION_IDS.includes(id);
    out[id] = { text: perspectiveText(`engine:questions.${id}`), sourceIds: QUESTION_SOURCES[id], ...(always ? { always: true as const } : {}) };
  }
  return out;
}

export const PRESCRIBER_QUESTIONS: Readonly<Record<PrescriberQuestionId, PrescriberQuestionDef>> = buildQuestions();

// ---------------------------------------------------------------------------------------------
// Rules

/**
 * A warning several rules share. It has one home (engine.json, warnings.<id>.text): "What your
 * answers mean" shows it in full in the first flag that needs it and refers to it after
 * (warnings.<id>.again); the sheet prints it with each such flag, whose key line must stand alone.
 */
export const SHARED_WARNING_IDS = ['overcome-block', 'suicidal-thoughts'] as const;
export type SharedWarningId = (typeof SHARED_WARNING_IDS)[number];

export interface SharedWarning {
  readonly id: SharedWarningId;
  /** The warning in full. */
  readonly text: TextRef;
  /** A few words pointing back to it, for the later flags on the same screen. */
  readonly again: TextRef;
}

export const SHARED_WARNINGS: Readonly<Record<SharedWarningId, SharedWarning>> = {
  'overcome-block': { id: 'overcome-block', text: text('engine:warnings.overcome-block.text'), again: text('engine:warnings.overcome-block.again') },
  'suicidal-thoughts': { id: 'suicidal-thoughts', text: text('engine:warnings.suicidal-thoughts.text'), again: text('engine:warnings.suicidal-thoughts.again') },
};

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /**
   * How sure the explanation can be (shared/content/certainty.ts). Null only for a list rule with no
   * sources: it repeats the person's own answers and states no medical fact.
   */
  readonly certainty: Certainty | null;
  /** Get help now (low mood with thoughts of self-harm): shown first of all, with the region's crisis numbers. */
  readonly urgent?: true;
  readonly when: Condition;
  readonly title: TextRef;
  readonly body: TextRef;
  /** The safety point in one sentence: printed on every sheet on which the rule fires. */
  readonly key: TextRef;
  /** A warning shared with other rules, said after the key line (never typed into key or body). */
  readonly sharedWarning?: SharedWarningId;
  readonly questions: readonly PrescriberQuestionId[];
  readonly sourceIds: readonly SourceId[];
  /**
   * Questions whose topics are listed on the flag when they match `lists.match`. Only these
   * list rules may have no sources: they repeat the person's own answers and state no medical fact.
   */
  readonly lists?: {
    readonly questions: readonly QuestionId[];
    /** 'withheld': left blank, or answered "prefer not to say". */
    readonly match: 'not-sure' | 'unanswered' | 'withheld';
    /** A prescriber question added for each listed topic that has one. */
    readonly questionFor?: Readonly<Partial<Record<QuestionId, PrescriberQuestionId>>>;
  };
  /** Numbers shown in the body ({{name}} placeholders); kept here, never typed into the text. */
  readonly params?: Readonly<Record<string, number>>;
}

interface RuleSpec extends Omit<Rule, 'title' | 'body' | 'key'> {
  readonly child?: boolean;
}

function rule(spec: RuleSpec): Rule {
  const t = spec.child === false ? text : perspectiveText;
  const { child: _child, ...rest } = spec;
  return { ...rest, title: t(`engine:rules.${spec.id}.title`), body: t(`engine:rules.${spec.id}.body`), key: t(`engine:rules.${spec.id}.key`) };
}

const UNDER_18 = ['under-6', '6-11', '12-17'];

/** Not sure on any of these, when no more specific rule covers it, is listed for the prescriber. */
export const UNSURE_LISTED: readonly QuestionId[] = [
  'age',
  'currentTreatment',
  'pastTreatment',
  ...MEDICINE_FAMILIES.flatMap((f) => [`${f}Response`, `${f}SideEffects`, `${f}StopReason`] as const),
  ...STIMULANT_FAMILIES.map((f) => `${f}Tolerable` as const),
  'behaviouralResponse',
  'behaviouralStopReason',
  'sleep',
];

/**
 * Safety questions that must not go silent: left blank, or answered "prefer not to say", each is
 * listed for the prescriber with a neutral question (QUESTION_FOR_WITHHELD, else the general one).
 */
export const SAFETY_QUESTIONS: readonly QuestionId[] = [
  'opioidsNow',
  'opioidsRecent',
  'oudHistory',
  'liver',
  'kidney',
  'allergy',
  'pregnancy',
  'mood',
  'selfHarm',
];

/**
 * The opioid questions: kept private or left blank, they raise a flag of their own (opioid-private),
 * first, because a hidden opioid (kratom included) is the riskiest case with naltrexone.
 */
export const OPIOID_WITHHELD_QUESTIONS: readonly QuestionId[] = ['opioidsNow', 'opioidsRecent'];

/** The other safety questions, listed together when withheld (rule unanswered-safety). */
const OTHER_SAFETY_QUESTIONS = SAFETY_QUESTIONS.filter((q) => !OPIOID_WITHHELD_QUESTIONS.includes(q));

const withheld = (q: QuestionId): Condition => any(unanswered(q), has(q, PREFER_NOT));

/** Options of opioidsRecentKind that are a real opioid (not only loperamide for diarrhea). */
const RECENT_OPIOID_KINDS = ['short-acting', 'methadone-buprenorphine', 'kratom', 'other'];

/** "Yes" to opioids in the last 2 weeks, unless the only kind named is loperamide for diarrhea. */
const recentOpioid = all(has('opioidsRecent', 'yes'), not(all(has('opioidsRecentKind', 'diarrhoea'), not(has('opioidsRecentKind', ...RECENT_OPIOID_KINDS)))));

/** No stimulant taken now or before, and not a young child (under 6, where guidelines start elsewhere). */
const noStimulantTried = all(
  has('currentTreatment', 'nonStimulant', 'behavioural', 'other', 'none'),
  has('pastTreatment', 'nonStimulant', 'behavioural', 'other', 'none'),
  not(tried('methylphenidate')),
  not(tried('amphetamine')),
  not(has('age', 'under-6')),
);

/** A child or teen (6 to 17), or a child whose age was not given: the children's trial figures apply. */
const CHILD_GROUP = any(has('age', '6-11', '12-17'), all(perspectiveIs('child'), not(has('age', '18-plus', 'under-6'))));

const QUESTION_FOR_WITHHELD: Readonly<Partial<Record<QuestionId, PrescriberQuestionId>>> = {
  opioidsNow: 'q-private-opioids-now',
  opioidsRecent: 'q-private-opioids-recent',
  oudHistory: 'q-private-oud',
  pregnancy: 'q-private-pregnancy',
  mood: 'q-private-mood',
  selfHarm: 'q-private-safety',
  liver: 'q-go-over-unanswered',
  kidney: 'q-go-over-unanswered',
  allergy: 'q-go-over-unanswered',
};

// How a stimulant's answers are read, one way everywhere:
// - "a lot" or "some" help means it helped; "some" help WITH side effects reads as "helped, but had
//   side effects", and "some" help with none reported reads as "did not help much" (so the two
//   rules below never fire for the same medicine);
// - "not tolerated" means stopped because of side effects (a past medicine), or side effects too much
//   to keep taking it (a medicine taken now).
const sideEffectsReported = (f: StimulantFamily): Condition => has(`${f}SideEffects`, ...SIDE_EFFECTS_REPORTED);

const helpedWithSideEffects = (f: StimulantFamily): Condition =>
  all(tried(f), has(`${f}Response`, 'a-lot', 'some'), sideEffectsReported(f));

const littleHelp = (f: StimulantFamily): Condition =>
  all(tried(f), any(has(`${f}Response`, 'not-at-all'), all(has(`${f}Response`, 'some'), not(sideEffectsReported(f)))));

const notTolerated = (f: StimulantFamily): Condition =>
  all(tried(f), any(has(`${f}StopReason`, 'side-effects'), has(`${f}Tolerable`, 'no')));

const familyFailed = (f: StimulantFamily): Condition => any(all(tried(f), has(`${f}Response`, 'not-at-all')), notTolerated(f));

const oneFamilyLittleHelp = any(
  all(littleHelp('methylphenidate'), not(tried('amphetamine'))),
  all(littleHelp('amphetamine'), not(tried('methylphenidate'))),
);

const severeLiver = has('liver', 'acute-hepatitis', 'cirrhosis', 'liver-failure');

export const RULES: readonly Rule[] = [
  // --- Opioids ---
  rule({
    id: 'opioids-now',
    severity: 'raise-first',
    certainty: 'checked-fact',
    when: has('opioidsNow', ...OPIOID_NOW_TAKEN),
    sharedWarning: 'overcome-block',
    questions: ['q-opioid-change', 'q-emergency-pain'],
    sourceIds: ['label-us-naltrexone', 'label-us-vivitrol-2013', 'smpc-uk-adepend', 'trostheim-2022', 'naumann-2023', 'revia-patient-info'],
    params: { low: 2, lowShare: 27, mid: 5, dose: 1 },
  }),
  rule({
    id: 'methadone-buprenorphine',
    severity: 'raise-first',
    certainty: 'checked-fact',
    when: any(has('opioidsNow', 'methadone-buprenorphine'), has('opioidsRecentKind', 'methadone-buprenorphine')),
    questions: ['q-maintenance-clinician'],
    sourceIds: ['label-us-naltrexone', 'asam-2015'],
    params: { weeks: 2, low: 7, high: 14 },
  }),
  rule({
    id: 'kratom',
    severity: 'raise-first',
    certainty: 'very-uncertain',
    when: any(has('opioidsNow', 'kratom'), has('opioidsRecentKind', 'kratom')),
    questions: ['q-opioid-change'],
    sourceIds: ['jarka-2023', 'shm-kratom'],
  }),
  rule({
    id: 'opioid-gap',
    severity: 'raise-first',
    certainty: 'checked-fact',
    // Loperamide alone (now, or the only kind taken lately) never fires it: it acts in the gut only.
    when: any(recentOpioid, has('opioidsNow', ...OPIOID_NOW_TAKEN)),
    sharedWarning: 'overcome-block',
    questions: ['q-opioid-gap'],
    sourceIds: ['label-us-naltrexone', 'asam-2015', 'revia-patient-info'],
    params: { low: 7, high: 10, weeks: 2 },
  }),
  // Opioid answers kept private or left blank: raised first, calmly, with the reason (withdrawal,
  // blocked pain relief), and a private question for each.
  rule({
    id: 'opioid-private',
    severity: 'raise-first',
    certainty: 'checked-fact',
    when: any(...OPIOID_WITHHELD_QUESTIONS.map(withheld)),
    questions: [],
    sourceIds: ['label-us-naltrexone', 'label-us-vivitrol-2013', 'jarka-2023'],
    lists: { questions: OPIOID_WITHHELD_QUESTIONS, match: 'withheld', questionFor: QUESTION_FOR_WITHHELD },
  }),
  rule({
    id: 'opioid-unsure',
    severity: 'raise-first',
    certainty: 'checked-fact',
    when: any(has('opioidsNow', NOT_SURE), has('opioidsRecent', NOT_SURE), has('opioidsRecentKind', NOT_SURE)),
    questions: ['q-check-medicines'],
    sourceIds: ['label-us-vivitrol-2013', 'label-us-naltrexone'],
  }),
  rule({
    id: 'antidiarrhoeal',
    severity: 'ask-about',
    certainty: 'very-uncertain',
    when: has('opioidsNow', 'diarrhoea'),
    questions: ['q-antidiarrhoeal'],
    sourceIds: ['label-us-vivitrol-2013'],
  }),
  rule({
    id: 'surgery',
    severity: 'ask-about',
    certainty: 'very-uncertain',
    when: has('opioidsExpected', 'surgery', 'dental', 'pain-relief', NOT_SURE),
    questions: ['q-surgery-plan', 'q-emergency-pain'],
    sourceIds: ['asam-2015', 'goel-2024', 'revia-patient-info'],
    params: { days: 3, hours: 72 },
  }),
  rule({
    id: 'oud-history',
    child: false,
    severity: 'ask-about',
    certainty: 'checked-fact',
    when: has('oudHistory', 'yes', NOT_SURE),
    sharedWarning: 'overcome-block',
    questions: ['q-overdose-risk'],
    sourceIds: ['label-us-naltrexone', 'revia-patient-info'],
  }),
  // --- Liver, alcohol, kidneys ---
  rule({
    id: 'liver-severe',
    child: false,
    severity: 'raise-first',
    certainty: 'checked-fact',
    when: severeLiver,
    questions: ['q-liver-suitable', 'q-liver-tests'],
    sourceIds: ['smpc-uk-adepend', 'fachinfo-ch-naltrexone', 'label-us-naltrexone', 'label-us-vivitrol-2013', 'fda-revia-2013'],
    params: { low: 5, high: 10, year: 2013, tablet: 50 },
  }),
  rule({
    id: 'liver-tests',
    child: false,
    severity: 'ask-about',
    certainty: 'checked-fact',
    when: any(
      has('liver', 'hepatitis-b-c', 'fatty-liver', 'abnormal-tests', 'other', NOT_SURE, PREFER_NOT),
      has('alcohol', 'heavy', NOT_SURE, PREFER_NOT),
    ),
    questions: ['q-liver-tests'],
    sourceIds: ['label-us-naltrexone', 'pdr-naltrexone'],
  }),
  rule({
    id: 'kidney-severe',
    child: false,
    severity: 'raise-first',
    certainty: 'checked-fact',
    when: has('kidney', 'severe'),
    questions: ['q-kidney'],
    sourceIds: ['label-us-pharmacokinetics', 'smpc-uk-adepend'],
  }),
  rule({
    id: 'kidney',
    child: false,
    severity: 'ask-about',
    certainty: 'checked-fact',
    when: has('kidney', 'not-severe', NOT_SURE),
    questions: ['q-kidney'],
    sourceIds: ['label-us-pharmacokinetics', 'smpc-uk-adepend'],
  }),
  // --- Allergy, pregnancy ---
  rule({
    id: 'allergy',
    child: false,
    severity: 'raise-first',
    certainty: 'checked-fact',
    when: has('allergy', 'yes'),
    questions: ['q-allergy'],
    sourceIds: ['label-us-naltrexone'],
  }),
  rule({
    id: 'allergy-unsure',
    severity: 'ask-about',
    certainty: 'checked-fact',
    when: has('allergy', NOT_SURE),
    questions: ['q-allergy-check'],
    sourceIds: ['label-us-naltrexone'],
  }),
  rule({
    id: 'pregnancy',
    child: false,
    severity: 'ask-about',
    certainty: 'very-uncertain',
    when: has('pregnancy', 'pregnant', 'trying', 'breastfeeding', NOT_SURE),
    questions: ['q-pregnancy'],
    sourceIds: ['label-us-naltrexone', 'wachman-2019', 'lactmed-naltrexone', 'chan-2004'],
    // Early pregnancy loss in rats from 5 times the human dose (label animal data, ldn-evidence.md §7).
    params: { times: 5 },
  }),
  // --- Age, diagnosis, treatment history ---
  rule({
    id: 'child',
    child: false,
    severity: 'ask-about',
    certainty: 'no-studies-in-adhd',
    when: any(has('age', ...UNDER_18), all(perspectiveIs('child'), not(has('age', '18-plus')))),
    questions: ['q-child-why'],
    sourceIds: ['smith-2013', 'smpc-uk-adepend', 'aap-2019'],
  }),
  rule({
    id: 'preschool',
    child: false,
    severity: 'ask-about',
    certainty: 'checked-fact',
    when: has('age', 'under-6'),
    questions: ['q-parent-training'],
    sourceIds: ['aap-2019', 'nice-ng87'],
  }),
  rule({
    id: 'diagnosis',
    child: false,
    severity: 'ask-about',
    certainty: 'checked-fact',
    when: has('diagnosis', 'no', NOT_SURE),
    questions: ['q-assessment'],
    // "A full assessment by an ADHD specialist": NICE QS39 statement 1 [seen].
    sourceIds: ['nice-qs39', 'nice-ng87'],
  }),
  // Benefit for the person's group, beside the placebo rate of the same trial, at the certainty the
  // Learn page gives it (learn stimulants.benefits 1 and 2): children 6-week trial, adults 5-week trial.
  rule({
    id: 'no-stimulant-tried',
    child: false,
    severity: 'ask-about',
    certainty: 'strong-evidence',
    when: all(noStimulantTried, CHILD_GROUP),
    questions: ['q-why-ldn-first'],
    sourceIds: ['ajp-2008-mph-atx', 'cortese-2018'],
    params: { n: 56, compare: 24 },
  }),
  rule({
    id: 'no-stimulant-tried-adult',
    child: false,
    severity: 'ask-about',
    certainty: 'some-evidence',
    when: all(noStimulantTried, not(CHILD_GROUP)),
    questions: ['q-why-ldn-first'],
    sourceIds: ['medori-2008', 'cortese-2018-summary'],
    params: { low: 49, high: 60, compare: 27 },
  }),
  rule({
    id: 'one-family-little-help',
    child: false,
    severity: 'ask-about',
    certainty: 'some-evidence',
    when: oneFamilyLittleHelp,
    questions: ['q-other-family'],
    sourceIds: ['arnold-2000'],
    params: { amphetamine: 28, methylphenidate: 16, both: 41 },
  }),
  rule({
    id: 'stimulant-side-effects',
    severity: 'ask-about',
    // Its only source (NICE NG87) was seen through a secondary page: not above "some evidence".
    certainty: 'some-evidence',
    when: any(...STIMULANT_FAMILIES.map(helpedWithSideEffects)),
    questions: ['q-adjust-stimulant'],
    sourceIds: ['nice-ng87'],
  }),
  rule({
    id: 'sleep',
    child: false,
    severity: 'ask-about',
    certainty: 'some-evidence',
    when: any(has('sleep', 'yes'), ...MEDICINE_FAMILIES.map((f) => has(`${f}SideEffects`, 'sleep'))),
    questions: ['q-sleep'],
    sourceIds: ['ldn-meta-2025', 'vatvani-2024'],
    params: { ratio: 2.4 },
  }),
  rule({
    id: 'both-families-failed',
    child: false,
    severity: 'ask-about',
    certainty: 'no-studies-in-adhd',
    when: all(familyFailed('methylphenidate'), familyFailed('amphetamine')),
    questions: ['q-other-options', 'q-trial-plan'],
    sourceIds: ['cortese-2018', 'safren-2010', 'nice-ng87'],
  }),
  rule({
    id: 'stimulant-now',
    child: false,
    severity: 'ask-about',
    certainty: 'very-uncertain',
    when: has('currentTreatment', ...STIMULANT_FAMILIES),
    questions: ['q-with-stimulant'],
    sourceIds: ['jcp-2018-naltrexone-stimulant'],
    params: { people: 37, dose: 50 },
  }),
  // --- Thyroid, mood ---
  rule({
    id: 'thyroid',
    child: false,
    severity: 'ask-about',
    certainty: 'very-uncertain',
    when: has('thyroid', 'yes', NOT_SURE),
    questions: ['q-thyroid'],
    sourceIds: ['mcdermott-2019', 'raknes-2020'],
  }),
  rule({
    id: 'low-mood',
    severity: 'raise-first',
    certainty: 'checked-fact',
    when: has('mood', 'yes'),
    questions: ['q-mood'],
    sourceIds: ['pil-uk-adepend'],
    sharedWarning: 'suicidal-thoughts',
  }),
  rule({
    id: 'mood-unsure',
    severity: 'ask-about',
    certainty: 'checked-fact',
    when: has('mood', NOT_SURE),
    questions: ['q-mood-unsure'],
    sourceIds: ['pil-uk-adepend'],
    sharedWarning: 'suicidal-thoughts',
  }),
  rule({
    id: 'urgent-help',
    severity: 'raise-first',
    certainty: 'checked-fact',
    urgent: true,
    when: has('selfHarm', 'yes', NOT_SURE),
    questions: ['q-urgent-support'],
    sourceIds: ['pil-uk-adepend'],
    sharedWarning: 'suicidal-thoughts',
  }),
  // --- Nothing goes silent ---
  rule({
    id: 'unsure-answers',
    child: false,
    severity: 'ask-about',
    certainty: null,
    when: any(...UNSURE_LISTED.map((q) => has(q, NOT_SURE))),
    questions: ['q-go-over-unsure'],
    sourceIds: [],
    lists: { questions: UNSURE_LISTED, match: 'not-sure' },
  }),
  rule({
    id: 'unanswered-safety',
    child: false,
    severity: 'ask-about',
    certainty: 'checked-fact',
    when: any(...OTHER_SAFETY_QUESTIONS.map(withheld)),
    questions: [],
    sourceIds: ['label-us-naltrexone', 'smpc-uk-adepend'],
    lists: { questions: OTHER_SAFETY_QUESTIONS, match: 'withheld', questionFor: QUESTION_FOR_WITHHELD },
  }),
];

export type RuleId = (typeof RULES)[number]['id'];

export function getRule(id: string): Rule {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`Unknown rule id: ${id}`);
  return r;
}
