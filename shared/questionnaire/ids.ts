// The stable ids of every question, in walkthrough order. They are the keys of the answers
// document, so renaming one is a schema change (bump schemaVersion and add a migration).

export const NOT_SURE = 'not-sure';
export const PREFER_NOT = 'prefer-not';

/** ADHD medicine families asked about one by one (brief §3 step 3). */
export const MEDICINE_FAMILIES = ['methylphenidate', 'amphetamine', 'nonStimulant'] as const;
export type MedicineFamily = (typeof MEDICINE_FAMILIES)[number];

/** The stimulant families: a current one is asked whether its side effects can be borne. */
export const STIMULANT_FAMILIES = ['methylphenidate', 'amphetamine'] as const;
export type StimulantFamily = (typeof STIMULANT_FAMILIES)[number];

export const QUESTION_IDS = [
  // about
  'age',
  'diagnosis',
  'currentTreatment',
  'pastTreatment',
  'otherTreatment',
  // history
  'methylphenidateResponse',
  'methylphenidateSideEffects',
  'methylphenidateTolerable',
  'methylphenidateStopReason',
  'amphetamineResponse',
  'amphetamineSideEffects',
  'amphetamineTolerable',
  'amphetamineStopReason',
  'nonStimulantResponse',
  'nonStimulantSideEffects',
  'nonStimulantStopReason',
  'behaviouralResponse',
  'behaviouralStopReason',
  // opioids
  'opioidsNow',
  'opioidsNowOther',
  'opioidsRecent',
  'opioidsRecentKind',
  'opioidsExpected',
  'oudHistory',
  // health
  'liver',
  'alcohol',
  'kidney',
  'pregnancy',
  'allergy',
  'thyroid',
  'sleep',
  'mood',
  'selfHarm',
  // values
  'valueEvidence',
  'valueSideEffects',
  'valueCost',
  'valueSpeed',
  'valueControlled',
  'valueRoutine',
  // knowledge
  'knowAdhdStudies',
  'knowOpioids',
  'knowStimulantVsPlacebo',
  'knowApproval',
  // stance
  'leaning',
  'needs',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

export function isQuestionId(id: string): id is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(id);
}
