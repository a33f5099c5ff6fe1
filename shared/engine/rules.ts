// The decision engine's rule table (product brief §4, every row, plus a few that make "not sure"
// and skipped safety questions reach the prescriber). Each rule: an id, a condition over the
// answers, a severity, text keys (title and body in locales/<lang>/engine.json under
// rules.<id>), the prescriber questions it adds, and the sources its wording rests on.
//
// Wording rules for the texts: they explain and ask, they never tell anyone to start or stop
// LDN; every number and warning matches the evidence file at the certainty it allows (the label
// figures are for standard 50 mg doses, and say so).
import { perspectiveText, text, type TextRef } from '../content/text';
import type { SourceId } from '../references/registry';
import { all, any, has, not, perspectiveIs, unanswered, type Condition } from '../questionnaire/conditions';
import { MEDICINE_FAMILIES, NOT_SURE, PREFER_NOT, type QuestionId } from '../questionnaire/ids';
import { OPIOID_NOW_TAKEN, tried } from '../questionnaire/model';

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
  'q-emergency-pain': ['label-us-naltrexone', 'smpc-uk-adepend', 'chiang-jucm'],
  'q-maintenance-clinician': ['label-us-naltrexone', 'asam-2015'],
  'q-opioid-gap': ['label-us-naltrexone', 'asam-2015'],
  'q-check-medicines': ['label-us-vivitrol-2013'],
  'q-opioids-private': ['label-us-naltrexone'],
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
  'q-why-ldn-first': ['efron-1997', 'greenhill-2001', 'cortese-2018'],
  'q-other-family': ['arnold-2000'],
  'q-adjust-stimulant': ['nice-ng87'],
  'q-sleep': ['ldn-meta-2025'],
  'q-other-options': ['cortese-2018', 'safren-2010'],
  'q-trial-plan': ['nct01721330', 'nct01873729'],
  'q-with-stimulant': ['jcp-2018-naltrexone-stimulant'],
  'q-thyroid': ['mcdermott-2019', 'raknes-2020'],
  'q-mood': ['pil-uk-adepend'],
  'q-urgent-support': ['pil-uk-adepend'],
  'q-go-over-unsure': [],
  'q-go-over-unanswered': ['label-us-naltrexone'],
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

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** Get help now (low mood with thoughts of self-harm): shown first of all, with URGENT_HELP_TEXT. */
  readonly urgent?: true;
  readonly when: Condition;
  readonly title: TextRef;
  readonly body: TextRef;
  readonly questions: readonly PrescriberQuestionId[];
  readonly sourceIds: readonly SourceId[];
  /**
   * Questions whose topics are listed on the flag when they match `lists.match`. Only these
   * list rules may have no sources: they repeat the person's own answers and state no medical fact.
   */
  readonly lists?: { readonly questions: readonly QuestionId[]; readonly match: 'not-sure' | 'unanswered' };
  /** Numbers shown in the body ({{name}} placeholders); kept here, never typed into the text. */
  readonly params?: Readonly<Record<string, number>>;
}

interface RuleSpec extends Omit<Rule, 'title' | 'body'> {
  readonly child?: boolean;
}

function rule(spec: RuleSpec): Rule {
  const t = spec.child === false ? text : perspectiveText;
  const { child: _child, ...rest } = spec;
  return { ...rest, title: t(`engine:rules.${spec.id}.title`), body: t(`engine:rules.${spec.id}.body`) };
}

const STIMULANTS = ['methylphenidate', 'amphetamine'] as const;
const SIDE_EFFECTS_ANY = ['sleep', 'appetite', 'mood', 'heart', 'tics', 'other'];
const UNDER_18 = ['under-6', '6-11', '12-17'];

/** Not sure on any of these, when no more specific rule covers it, is listed for the prescriber. */
export const UNSURE_LISTED: readonly QuestionId[] = [
  'age',
  'currentTreatment',
  'pastTreatment',
  ...MEDICINE_FAMILIES.flatMap((f) => [`${f}Response`, `${f}SideEffects`, `${f}StopReason`] as const),
  'behaviouralResponse',
  'behaviouralStopReason',
  'sleep',
];

/** Safety questions that should not be skipped: when left blank they are listed for the prescriber. */
export const SAFETY_QUESTIONS: readonly QuestionId[] = ['opioidsNow', 'opioidsRecent', 'liver', 'kidney', 'allergy'];

const stimulantHelpedWithSideEffects = any(
  ...STIMULANTS.map((f) => all(tried(f), has(`${f}Response`, 'a-lot', 'some'), has(`${f}SideEffects`, ...SIDE_EFFECTS_ANY))),
);

const familyFailed = (f: (typeof STIMULANTS)[number]): Condition =>
  all(tried(f), any(has(`${f}Response`, 'not-at-all'), has(`${f}StopReason`, 'side-effects')));

const oneFamilyLittleHelp = any(
  all(tried('methylphenidate'), has('methylphenidateResponse', 'some', 'not-at-all'), not(tried('amphetamine'))),
  all(tried('amphetamine'), has('amphetamineResponse', 'some', 'not-at-all'), not(tried('methylphenidate'))),
);

const severeLiver = has('liver', 'acute-hepatitis', 'cirrhosis', 'liver-failure');

export const RULES: readonly Rule[] = [
  // --- Opioids ---
  rule({
    id: 'opioids-now',
    severity: 'raise-first',
    when: has('opioidsNow', ...OPIOID_NOW_TAKEN),
    questions: ['q-opioid-change', 'q-emergency-pain'],
    sourceIds: ['label-us-naltrexone', 'label-us-vivitrol-2013', 'smpc-uk-adepend', 'trostheim-2022', 'naumann-2023'],
    params: { low: 2, lowShare: 27, mid: 5, dose: 1 },
  }),
  rule({
    id: 'methadone-buprenorphine',
    severity: 'raise-first',
    when: any(has('opioidsNow', 'methadone-buprenorphine'), has('opioidsRecentKind', 'methadone-buprenorphine')),
    questions: ['q-maintenance-clinician'],
    sourceIds: ['label-us-naltrexone', 'asam-2015'],
    params: { weeks: 2, low: 7, high: 14 },
  }),
  rule({
    id: 'kratom',
    severity: 'raise-first',
    when: any(has('opioidsNow', 'kratom'), has('opioidsRecentKind', 'kratom')),
    questions: ['q-opioid-change'],
    sourceIds: ['jarka-2023', 'shm-kratom'],
  }),
  rule({
    id: 'opioid-gap',
    severity: 'raise-first',
    when: any(has('opioidsRecent', 'yes'), has('opioidsNow', ...OPIOID_NOW_TAKEN)),
    questions: ['q-opioid-gap'],
    sourceIds: ['label-us-naltrexone', 'asam-2015'],
    params: { low: 7, high: 10, weeks: 2 },
  }),
  rule({
    id: 'opioid-unsure',
    severity: 'raise-first',
    when: any(has('opioidsNow', NOT_SURE), has('opioidsRecent', NOT_SURE), has('opioidsRecentKind', NOT_SURE)),
    questions: ['q-check-medicines'],
    sourceIds: ['label-us-vivitrol-2013', 'label-us-naltrexone'],
  }),
  rule({
    id: 'opioid-private',
    severity: 'ask-about',
    when: any(has('opioidsNow', PREFER_NOT), has('opioidsRecent', PREFER_NOT)),
    questions: ['q-opioids-private'],
    sourceIds: ['label-us-naltrexone'],
  }),
  rule({
    id: 'surgery',
    severity: 'ask-about',
    when: has('opioidsExpected', 'surgery', 'dental', 'pain-relief', NOT_SURE),
    questions: ['q-surgery-plan', 'q-emergency-pain'],
    sourceIds: ['asam-2015', 'goel-2024', 'revia-patient-info'],
    params: { days: 3, hours: 72 },
  }),
  rule({
    id: 'oud-history',
    child: false,
    severity: 'ask-about',
    when: has('oudHistory', 'yes', NOT_SURE),
    questions: ['q-overdose-risk'],
    sourceIds: ['label-us-naltrexone', 'revia-patient-info'],
  }),
  // --- Liver, alcohol, kidneys ---
  rule({
    id: 'liver-severe',
    child: false,
    severity: 'raise-first',
    when: severeLiver,
    questions: ['q-liver-suitable', 'q-liver-tests'],
    sourceIds: ['smpc-uk-adepend', 'fachinfo-ch-naltrexone', 'label-us-naltrexone', 'label-us-vivitrol-2013', 'fda-revia-2013'],
    params: { low: 5, high: 10, year: 2013 },
  }),
  rule({
    id: 'liver-tests',
    child: false,
    severity: 'ask-about',
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
    when: has('kidney', 'severe'),
    questions: ['q-kidney'],
    sourceIds: ['label-us-pharmacokinetics', 'smpc-uk-adepend'],
  }),
  rule({
    id: 'kidney',
    child: false,
    severity: 'ask-about',
    when: has('kidney', 'not-severe', NOT_SURE),
    questions: ['q-kidney'],
    sourceIds: ['label-us-pharmacokinetics', 'smpc-uk-adepend'],
  }),
  // --- Allergy, pregnancy ---
  rule({
    id: 'allergy',
    child: false,
    severity: 'raise-first',
    when: has('allergy', 'yes'),
    questions: ['q-allergy'],
    sourceIds: ['label-us-naltrexone'],
  }),
  rule({
    id: 'allergy-unsure',
    severity: 'ask-about',
    when: has('allergy', NOT_SURE),
    questions: ['q-allergy-check'],
    sourceIds: ['label-us-naltrexone'],
  }),
  rule({
    id: 'pregnancy',
    child: false,
    severity: 'ask-about',
    when: has('pregnancy', 'pregnant', 'trying', 'breastfeeding', NOT_SURE),
    questions: ['q-pregnancy'],
    sourceIds: ['label-us-naltrexone', 'wachman-2019', 'lactmed-naltrexone', 'chan-2004'],
  }),
  // --- Age, diagnosis, treatment history ---
  rule({
    id: 'child',
    child: false,
    severity: 'ask-about',
    when: any(has('age', ...UNDER_18), all(perspectiveIs('child'), not(has('age', '18-plus')))),
    questions: ['q-child-why'],
    sourceIds: ['smith-2013', 'smpc-uk-adepend', 'aap-2019'],
  }),
  rule({
    id: 'preschool',
    child: false,
    severity: 'ask-about',
    when: has('age', 'under-6'),
    questions: ['q-parent-training'],
    sourceIds: ['aap-2019', 'nice-ng87'],
  }),
  rule({
    id: 'diagnosis',
    child: false,
    severity: 'ask-about',
    when: has('diagnosis', 'no', NOT_SURE),
    questions: ['q-assessment'],
    sourceIds: ['aap-2019', 'nice-ng87'],
  }),
  rule({
    id: 'no-stimulant-tried',
    child: false,
    severity: 'ask-about',
    when: all(
      has('currentTreatment', 'nonStimulant', 'behavioural', 'other', 'none'),
      has('pastTreatment', 'nonStimulant', 'behavioural', 'other', 'none'),
      not(tried('methylphenidate')),
      not(tried('amphetamine')),
      not(has('age', 'under-6')),
    ),
    questions: ['q-why-ldn-first'],
    sourceIds: ['efron-1997', 'greenhill-2001', 'cortese-2018'],
    params: { low: 69, high: 77 },
  }),
  rule({
    id: 'one-family-little-help',
    child: false,
    severity: 'ask-about',
    when: oneFamilyLittleHelp,
    questions: ['q-other-family'],
    sourceIds: ['arnold-2000'],
    params: { amphetamine: 28, methylphenidate: 16, both: 41 },
  }),
  rule({
    id: 'stimulant-side-effects',
    severity: 'ask-about',
    when: stimulantHelpedWithSideEffects,
    questions: ['q-adjust-stimulant'],
    sourceIds: ['nice-ng87'],
  }),
  rule({
    id: 'sleep',
    child: false,
    severity: 'ask-about',
    when: any(has('sleep', 'yes'), ...MEDICINE_FAMILIES.map((f) => has(`${f}SideEffects`, 'sleep'))),
    questions: ['q-sleep'],
    sourceIds: ['ldn-meta-2025', 'vatvani-2024'],
    params: { ratio: 2.4 },
  }),
  rule({
    id: 'both-families-failed',
    child: false,
    severity: 'ask-about',
    when: all(familyFailed('methylphenidate'), familyFailed('amphetamine')),
    questions: ['q-other-options', 'q-trial-plan'],
    sourceIds: ['cortese-2018', 'safren-2010', 'nice-ng87'],
  }),
  rule({
    id: 'stimulant-now',
    child: false,
    severity: 'ask-about',
    when: has('currentTreatment', ...STIMULANTS),
    questions: ['q-with-stimulant'],
    sourceIds: ['jcp-2018-naltrexone-stimulant'],
    params: { people: 37, dose: 50 },
  }),
  // --- Thyroid, mood ---
  rule({
    id: 'thyroid',
    child: false,
    severity: 'ask-about',
    when: has('thyroid', 'yes', NOT_SURE),
    questions: ['q-thyroid'],
    sourceIds: ['mcdermott-2019', 'raknes-2020'],
  }),
  rule({
    id: 'low-mood',
    severity: 'raise-first',
    when: has('mood', 'yes', NOT_SURE),
    questions: ['q-mood'],
    sourceIds: ['pil-uk-adepend'],
  }),
  rule({
    id: 'urgent-help',
    severity: 'raise-first',
    urgent: true,
    when: has('selfHarm', 'yes', NOT_SURE),
    questions: ['q-urgent-support'],
    sourceIds: ['pil-uk-adepend'],
  }),
  // --- Nothing goes silent ---
  rule({
    id: 'unsure-answers',
    child: false,
    severity: 'ask-about',
    when: any(...UNSURE_LISTED.map((q) => has(q, NOT_SURE))),
    questions: ['q-go-over-unsure'],
    sourceIds: [],
    lists: { questions: UNSURE_LISTED, match: 'not-sure' },
  }),
  rule({
    id: 'unanswered-safety',
    child: false,
    severity: 'ask-about',
    when: any(...SAFETY_QUESTIONS.map(unanswered)),
    questions: ['q-go-over-unanswered'],
    sourceIds: ['label-us-naltrexone', 'smpc-uk-adepend'],
    lists: { questions: SAFETY_QUESTIONS, match: 'unanswered' },
  }),
];

export type RuleId = (typeof RULES)[number]['id'];

export function getRule(id: string): Rule {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`Unknown rule id: ${id}`);
  return r;
}
