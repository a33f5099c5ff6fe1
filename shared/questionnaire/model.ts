// The walkthrough's questions as data: sections, questions, options, branching and text keys.
// The UI renders straight from this; the answers schema and the rules engine are built on it.
//
// Conventions
// - Every choice question ends with "not sure" (NOT_SURE), and sensitive ones also with "prefer
//   not to say" (PREFER_NOT). Both are exclusive in multiple-choice questions.
// - A question's label, help and option texts live in locales/<lang>/questions.json under the
//   question id; `child: true` on a TextRef means a `_child` form exists for a parent's reading.
// - `visibleWhen` may only read questions that come earlier (checked by a test), so hiding and
//   pruning work in one pass.
// - `topic` is a short name for the question, used in lists ("You were not sure about: …").
import type { SourceId } from '../references/registry';
import { perspectiveText, text, type Perspective, type TextRef } from '../content/text';
import { all, any, has, not, perspectiveIs, type Condition } from './conditions';
import { MEDICINE_FAMILIES, NOT_SURE, PREFER_NOT, STIMULANT_FAMILIES, type MedicineFamily, type QuestionId } from './ids';

export type QuestionType = 'single' | 'multi' | 'yesNo' | 'rating' | 'text';

export const SECTION_IDS = ['about', 'history', 'opioids', 'health', 'values', 'knowledge', 'stance'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Sections whose "not sure" answers must reach the prescriber (health and treatment facts). */
export const CLINICAL_SECTIONS: readonly SectionId[] = ['about', 'history', 'opioids', 'health'];

export interface Option {
  readonly id: string;
  readonly label: TextRef;
  /** Picking it clears the other choices (multiple choice only): "none", "not sure", "prefer not to say". */
  readonly exclusive?: true;
  /** Shown only for this perspective (e.g. "under 6" only when the walkthrough is about a child). */
  readonly perspective?: Perspective;
}

export interface KnowledgeCheck {
  /** The option id of the right answer. */
  readonly correct: string;
  /** Shown after any answer: why the right answer is right, kindly. */
  readonly explanation: TextRef;
  readonly sourceIds: readonly SourceId[];
}

interface QuestionBase {
  readonly id: QuestionId;
  readonly section: SectionId;
  readonly label: TextRef;
  readonly help?: TextRef;
  /** Sources of a help text that states a medical fact (none for practical help: how to answer, privacy). */
  readonly helpSourceIds?: readonly SourceId[];
  /** More of the help, one activation away (a closed disclosure under it); its sources are the help's. */
  readonly more?: { readonly summary: TextRef; readonly text: TextRef };
  readonly topic: TextRef;
  readonly visibleWhen?: Condition;
  /** Personal enough that "prefer not to say" is offered. */
  readonly sensitive?: true;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly type: 'single' | 'multi' | 'yesNo' | 'rating';
  readonly options: readonly Option[];
  readonly knowledge?: KnowledgeCheck;
}

export interface TextQuestion extends QuestionBase {
  readonly type: 'text';
  readonly maxLength: number;
}

export type Question = ChoiceQuestion | TextQuestion;

export interface Section {
  readonly id: SectionId;
  readonly title: TextRef;
  readonly intro: TextRef;
  readonly questionIds: readonly QuestionId[];
}

/** Limits on what the person types. */
export const TEXT_LIMITS = {
  /** Free-text answers ("which other medicine?"). */
  shortAnswer: 200,
  /** One question the person writes for the prescriber. */
  ownQuestion: 250,
  /** How many own questions fit on the sheet. */
  ownQuestionCount: 5,
  /** The optional name printed on the sheet. */
  sheetName: 80,
} as const;

/** The person's own questions (stance section): stored in the document's `ownQuestions`. */
export const OWN_QUESTIONS_FIELD = {
  label: perspectiveText('questions:ownQuestions.label'),
  help: text('questions:ownQuestions.help'),
  limit: text('questions:ownQuestions.limit'),
  maxCount: TEXT_LIMITS.ownQuestionCount,
  maxLength: TEXT_LIMITS.ownQuestion,
} as const;

/** Shown after a knowledge-check answer, before the explanation. */
export const KNOWLEDGE_FEEDBACK = {
  correct: text('questions:shared.knowledge.correct'),
  incorrect: text('questions:shared.knowledge.incorrect'),
} as const satisfies Record<string, TextRef>;

// ---------------------------------------------------------------------------------------------
// Builders

interface Spec {
  help?: boolean;
  /** The help text states a medical fact: its sources. */
  helpSources?: readonly SourceId[];
  /** The help has more, behind "<id>.moreSummary": "<id>.more" (one form for both perspectives). */
  more?: boolean;
  /** label (and help) have a `_child` form */
  child?: boolean;
  /** option labels have a `_child` form */
  childOptions?: boolean;
  visibleWhen?: Condition;
  sensitive?: boolean;
  /** Option label keys shared with other questions (questions:shared.<set>.<id>) */
  sharedOptions?: string;
  exclusive?: readonly string[];
  perspectiveOnly?: Readonly<Record<string, Perspective>>;
  knowledge?: KnowledgeCheck;
}

const NOT_SURE_OPTION: Option = { id: NOT_SURE, label: text('questions:shared.notSure'), exclusive: true };
const PREFER_NOT_OPTION: Option = { id: PREFER_NOT, label: text('questions:shared.preferNot'), exclusive: true };

function base(id: QuestionId, section: SectionId, spec: Spec): QuestionBase {
  const t = spec.child ? perspectiveText : text;
  return {
    id,
    section,
    label: t(`questions:${id}.label`),
    ...(spec.help ? { help: t(`questions:${id}.help`) } : {}),
    ...(spec.help && spec.helpSources ? { helpSourceIds: spec.helpSources } : {}),
    ...(spec.help && spec.more ? { more: { summary: text(`questions:${id}.moreSummary`), text: text(`questions:${id}.more`) } } : {}),
    topic: text(`questions:${id}.topic`),
    ...(spec.visibleWhen ? { visibleWhen: spec.visibleWhen } : {}),
    ...(spec.sensitive ? { sensitive: true as const } : {}),
  };
}

function choice(
  id: QuestionId,
  section: SectionId,
  type: 'single' | 'multi',
  optionIds: readonly string[],
  spec: Spec = {},
): ChoiceQuestion {
  const t = spec.childOptions ? perspectiveText : text;
  const options: Option[] = optionIds.map((o) => ({
    id: o,
    label: t(spec.sharedOptions ? `questions:shared.${spec.sharedOptions}.${o}` : `questions:${id}.options.${o}`),
    ...(spec.exclusive?.includes(o) ? { exclusive: true as const } : {}),
    ...(spec.perspectiveOnly?.[o] ? { perspective: spec.perspectiveOnly[o] } : {}),
  }));
  options.push(NOT_SURE_OPTION);
  if (spec.sensitive) options.push(PREFER_NOT_OPTION);
  return { ...base(id, section, spec), type, options, ...(spec.knowledge ? { knowledge: spec.knowledge } : {}) };
}

function yesNo(id: QuestionId, section: SectionId, spec: Spec = {}): ChoiceQuestion {
  return { ...choice(id, section, 'single', ['yes', 'no'], { ...spec, sharedOptions: 'yesNo' }), type: 'yesNo' };
}

function rating(id: QuestionId, spec: Spec = {}): ChoiceQuestion {
  return { ...choice(id, 'values', 'single', ['1', '2', '3', '4', '5'], { ...spec, sharedOptions: 'rating' }), type: 'rating' };
}

function freeText(id: QuestionId, section: SectionId, maxLength: number, spec: Spec = {}): TextQuestion {
  return { ...base(id, section, spec), type: 'text', maxLength };
}

// ---------------------------------------------------------------------------------------------
// The questions

/** Treatments listed in "current" and "past" treatment questions. */
export const TREATMENT_OPTIONS = ['methylphenidate', 'amphetamine', 'nonStimulant', 'behavioural', 'other', 'none'] as const;

export const RESPONSE_OPTIONS = ['a-lot', 'some', 'not-at-all'] as const;
export const SIDE_EFFECT_OPTIONS = ['sleep', 'appetite', 'mood', 'heart', 'tics', 'other', 'none'] as const;
export const STOP_REASON_OPTIONS = ['side-effects', 'did-not-help', 'cost-or-access', 'other'] as const;
export const BEHAVIOURAL_STOP_OPTIONS = ['did-not-help', 'hard-to-fit', 'cost-or-access', 'other'] as const;
export const OPIOID_NOW_OPTIONS = ['pain', 'cough', 'diarrhoea', 'methadone-buprenorphine', 'kratom', 'other', 'none'] as const;
/**
 * Options of opioidsNow that mean an opioid that acts on the brain is taken now. A diarrhoea medicine
 * such as loperamide acts on opioid receptors in the gut only: it has a rule of its own, not the
 * withdrawal rules.
 */
export const OPIOID_NOW_TAKEN = ['pain', 'cough', 'methadone-buprenorphine', 'kratom', 'other'] as const;
export const LIVER_OPTIONS = ['acute-hepatitis', 'cirrhosis', 'liver-failure', 'hepatitis-b-c', 'fatty-liver', 'abnormal-tests', 'other', 'none'] as const;

/** A treatment family was tried, now or before. */
export function tried(family: MedicineFamily | 'behavioural' | 'other'): Condition {
  return any(has('currentTreatment', family), has('pastTreatment', family));
}

/** Side-effect options that mean some side effect was had. */
export const SIDE_EFFECTS_REPORTED = SIDE_EFFECT_OPTIONS.filter((o) => o !== 'none');

function isStimulant(family: MedicineFamily): family is (typeof STIMULANT_FAMILIES)[number] {
  return (STIMULANT_FAMILIES as readonly string[]).includes(family);
}

function familyQuestions(family: MedicineFamily): Question[] {
  return [
    choice(`${family}Response`, 'history', 'single', RESPONSE_OPTIONS, {
      child: true,
      sharedOptions: 'response',
      visibleWhen: tried(family),
    }),
    choice(`${family}SideEffects`, 'history', 'multi', SIDE_EFFECT_OPTIONS, {
      child: true,
      sharedOptions: 'sideEffects',
      exclusive: ['none'],
      visibleWhen: tried(family),
    }),
    // "Not tolerated" for a stimulant taken now (a past one has its stop reason).
    ...(isStimulant(family)
      ? [
          yesNo(`${family}Tolerable`, 'history', {
            child: true,
            visibleWhen: all(has('currentTreatment', family), has(`${family}SideEffects`, ...SIDE_EFFECTS_REPORTED)),
          }),
        ]
      : []),
    choice(`${family}StopReason`, 'history', 'single', STOP_REASON_OPTIONS, {
      child: true,
      sharedOptions: 'stopReason',
      visibleWhen: has('pastTreatment', family),
    }),
  ];
}

const YOUNG_CHILD = ['under-6', '6-11'] as const;

export const QUESTIONS: readonly Question[] = [
  // 2. Background (about the ADHD)
  choice('age', 'about', 'single', ['under-6', '6-11', '12-17', '18-plus'], {
    child: true,
    perspectiveOnly: { 'under-6': 'child', '6-11': 'child' },
  }),
  yesNo('diagnosis', 'about', { child: true, help: true, helpSources: ['nice-qs39', 'aap-2019'] }),
  choice('currentTreatment', 'about', 'multi', TREATMENT_OPTIONS, {
    child: true,
    sharedOptions: 'treatment',
    exclusive: ['none'],
  }),
  // 3. Past ADHD treatment
  choice('pastTreatment', 'history', 'multi', TREATMENT_OPTIONS, {
    child: true,
    sharedOptions: 'treatment',
    exclusive: ['none'],
  }),
  freeText('otherTreatment', 'history', TEXT_LIMITS.shortAnswer, { child: true, visibleWhen: tried('other') }),
  ...MEDICINE_FAMILIES.flatMap(familyQuestions),
  choice('behaviouralResponse', 'history', 'single', RESPONSE_OPTIONS, {
    child: true,
    sharedOptions: 'response',
    visibleWhen: tried('behavioural'),
  }),
  choice('behaviouralStopReason', 'history', 'single', BEHAVIOURAL_STOP_OPTIONS, {
    child: true,
    visibleWhen: has('pastTreatment', 'behavioural'),
  }),
  // 4. Opioids
  choice('opioidsNow', 'opioids', 'multi', OPIOID_NOW_OPTIONS, {
    child: true,
    help: true,
    helpSources: ['label-us-naltrexone', 'label-us-vivitrol-2013', 'mcclure-2023', 'awouters-1993'],
    // Which medicines count (dextromethorphan, loperamide) is detail: the help says what to do if unsure.
    more: true,
    sensitive: true,
    exclusive: ['none'],
  }),
  freeText('opioidsNowOther', 'opioids', TEXT_LIMITS.shortAnswer, { visibleWhen: has('opioidsNow', 'other') }),
  // Its label leaves loperamide out; why (it acts only in the gut) is in opioidsNow's details.
  yesNo('opioidsRecent', 'opioids', { child: true, help: true, sensitive: true }),
  // "Only loperamide for diarrhea" lets a loperamide user who still answered "yes" say so (no gap needed). Other
  // diarrhea medicines with an opioid go under "Another opioid" (opioidsNow's details): the no-gap reasoning is loperamide's alone.
  choice('opioidsRecentKind', 'opioids', 'multi', ['short-acting', 'methadone-buprenorphine', 'kratom', 'other', 'diarrhoea'], {
    visibleWhen: has('opioidsRecent', 'yes'),
  }),
  choice('opioidsExpected', 'opioids', 'multi', ['surgery', 'dental', 'pain-relief', 'none'], {
    child: true,
    exclusive: ['none'],
  }),
  yesNo('oudHistory', 'opioids', { child: true, help: true, sensitive: true }),
  // 5. Liver, kidneys and other health
  choice('liver', 'health', 'multi', LIVER_OPTIONS, { child: true, sensitive: true, exclusive: ['none'] }),
  // Not asked about a young child: the question would not fit a parent of a 4- to 11-year-old.
  choice('alcohol', 'health', 'single', ['none', 'moderate', 'heavy'], {
    child: true,
    sensitive: true,
    visibleWhen: not(all(perspectiveIs('child'), has('age', ...YOUNG_CHILD))),
  }),
  choice('kidney', 'health', 'single', ['no', 'not-severe', 'severe'], { child: true }),
  choice('pregnancy', 'health', 'multi', ['pregnant', 'trying', 'breastfeeding', 'none'], {
    child: true,
    sensitive: true,
    exclusive: ['none'],
    visibleWhen: not(all(perspectiveIs('child'), has('age', ...YOUNG_CHILD))),
  }),
  // The help says what naloxone is (the labels' naloxone challenge: it blocks opioids too).
  yesNo('allergy', 'health', { child: true, help: true, helpSources: ['label-us-naltrexone', 'smpc-uk-adepend'] }),
  yesNo('thyroid', 'health', { child: true, help: true }),
  yesNo('sleep', 'health', { child: true }),
  yesNo('mood', 'health', { child: true, sensitive: true }),
  yesNo('selfHarm', 'health', { child: true, help: true, sensitive: true }),
  // 7. What matters to you (1 = not at all, 5 = very much)
  rating('valueEvidence'),
  rating('valueSideEffects'),
  rating('valueCost'),
  rating('valueSpeed', { help: true }),
  rating('valueControlled', { help: true }),
  rating('valueRoutine'),
  // 8. Check your understanding
  choice('knowAdhdStudies', 'knowledge', 'single', ['none', 'a-few', 'many'], {
    knowledge: {
      correct: 'none',
      explanation: text('questions:knowAdhdStudies.explanation'),
      sourceIds: ['nct01721330', 'nct01873729'],
    },
  }),
  choice('knowOpioids', 'knowledge', 'single', ['works', 'blocked', 'stronger'], {
    knowledge: {
      correct: 'blocked',
      explanation: text('questions:knowOpioids.explanation'),
      sourceIds: ['label-us-naltrexone', 'label-us-vivitrol-2013'],
    },
  }),
  // Each group's figures beside the placebo rate of the same trial (Learn options: stimulants benefits 1 and 2).
  choice('knowStimulantVsPlacebo', 'knowledge', 'single', ['about-same', 'about-twice', 'almost-all'], {
    knowledge: {
      correct: 'about-twice',
      explanation: text('questions:knowStimulantVsPlacebo.explanation'),
      sourceIds: ['ajp-2008-mph-atx', 'medori-2008'],
    },
  }),
  choice('knowApproval', 'knowledge', 'single', ['approved', 'not-approved'], {
    knowledge: {
      correct: 'not-approved',
      explanation: text('questions:knowApproval.explanation'),
      sourceIds: ['fda-compounding', 'label-us-naltrexone'],
    },
  }),
  // 9. Where you stand
  choice('leaning', 'stance', 'single', ['ask-ldn', 'other-options', 'keep-current'], { child: true, childOptions: true }),
  choice('needs', 'stance', 'multi', ['more-facts', 'talk-others', 'more-time', 'prescriber-view', 'nothing'], {
    child: true,
    exclusive: ['nothing'],
  }),
];

export const SECTIONS: readonly Section[] = SECTION_IDS.map((id) => ({
  id,
  title: text(`questions:sections.${id}.title`),
  intro: perspectiveText(`questions:sections.${id}.intro`),
  questionIds: QUESTIONS.filter((q) => q.section === id).map((q) => q.id),
}));

const BY_ID: ReadonlyMap<QuestionId, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));

export function getQuestion(id: QuestionId): Question {
  const q = BY_ID.get(id);
  if (!q) throw new Error(`Unknown question id: ${id}`);
  return q;
}

export function isChoiceQuestion(q: Question): q is ChoiceQuestion {
  return q.type !== 'text';
}
