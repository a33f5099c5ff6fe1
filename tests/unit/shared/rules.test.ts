// One row per rule (product brief §4 and the "nothing goes silent" rules): a document where it
// fires, one where it does not, and what answering "not sure" to the question it reads produces.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/answers/types';
import type { Perspective } from '../../../shared/content/text';
import { evaluate } from '../../../shared/engine/evaluate';
import { RULES, SAFETY_QUESTIONS } from '../../../shared/engine/rules';
import type { QuestionId } from '../../../shared/questionnaire/ids';
import { getQuestion } from '../../../shared/questionnaire/model';
import { isVisible } from '../../../shared/questionnaire/visibility';
import { doc } from './helpers';

interface Case {
  readonly answers: Answers;
  readonly perspective?: Perspective;
}

interface Row {
  /** Documents where the rule must fire. */
  readonly fires: readonly Case[];
  /** Documents where it must not. */
  readonly silent: readonly Case[];
  /** "Not sure" on the question the rule reads, and the flags that must then fire (never none). */
  readonly notSure: Case & { readonly expect: readonly string[]; readonly notExpect?: readonly string[] };
}

const c = (answers: Answers, perspective?: Perspective): Case => (perspective ? { answers, perspective } : { answers });

/** Every safety question answered (SAFETY_QUESTIONS), with nothing that raises a flag. */
const ALL_SAFETY_ANSWERED: Answers = {
  opioidsNow: ['none'],
  opioidsRecent: 'no',
  oudHistory: 'no',
  liver: ['none'],
  kidney: 'no',
  allergy: 'no',
  pregnancy: ['none'],
  mood: 'no',
  selfHarm: 'no',
};

function withoutAnswer(answers: Answers, id: QuestionId): Answers {
  const copy = { ...answers };
  delete copy[id];
  return copy;
}

const TABLE: Record<string, Row> = {
  'opioids-now': {
    fires: [c({ opioidsNow: ['pain'] }), c({ opioidsNow: ['cough'] }), c({ opioidsNow: ['other'] })],
    // A diarrhoea medicine such as loperamide has its own rule, not the withdrawal rules.
    silent: [c({ opioidsNow: ['none'] }), c({ opioidsRecent: 'yes' }), c({ opioidsNow: ['diarrhoea'] })],
    notSure: { ...c({ opioidsNow: ['not-sure'] }), expect: ['opioid-unsure'], notExpect: ['opioids-now'] },
  },
  'methadone-buprenorphine': {
    fires: [c({ opioidsNow: ['methadone-buprenorphine'] }), c({ opioidsRecent: 'yes', opioidsRecentKind: ['methadone-buprenorphine'] })],
    silent: [c({ opioidsNow: ['pain'] }), c({ opioidsRecent: 'no', opioidsRecentKind: ['methadone-buprenorphine'] })],
    notSure: { ...c({ opioidsRecent: 'yes', opioidsRecentKind: ['not-sure'] }), expect: ['opioid-unsure', 'opioid-gap'] },
  },
  kratom: {
    fires: [c({ opioidsNow: ['kratom'] }), c({ opioidsRecent: 'yes', opioidsRecentKind: ['kratom'] })],
    silent: [c({ opioidsNow: ['pain'] })],
    notSure: { ...c({ opioidsNow: ['not-sure'] }), expect: ['opioid-unsure'], notExpect: ['kratom'] },
  },
  'opioid-gap': {
    fires: [c({ opioidsRecent: 'yes' }), c({ opioidsNow: ['cough'] })],
    silent: [
      c({ opioidsNow: ['none'], opioidsRecent: 'no' }),
      c({ opioidsNow: ['diarrhoea'], opioidsRecent: 'no' }),
      // Loperamide alone, even with "yes" to the last 2 weeks (issue 17).
      c({ opioidsNow: ['diarrhoea'], opioidsRecent: 'yes', opioidsRecentKind: ['diarrhoea'] }),
    ],
    notSure: { ...c({ opioidsRecent: 'not-sure' }), expect: ['opioid-unsure'], notExpect: ['opioid-gap'] },
  },
  'opioid-private': {
    fires: [c({}), c({ ...ALL_SAFETY_ANSWERED, opioidsNow: ['prefer-not'] }), c(withoutAnswer(ALL_SAFETY_ANSWERED, 'opioidsRecent'))],
    silent: [c(ALL_SAFETY_ANSWERED), c({ ...ALL_SAFETY_ANSWERED, oudHistory: 'prefer-not' })],
    notSure: { ...c({ ...ALL_SAFETY_ANSWERED, opioidsNow: ['not-sure'] }), expect: ['opioid-unsure'], notExpect: ['opioid-private'] },
  },
  'opioid-unsure': {
    fires: [c({ opioidsNow: ['not-sure'] }), c({ opioidsRecent: 'not-sure' }), c({ opioidsRecent: 'yes', opioidsRecentKind: ['not-sure'] })],
    silent: [c({ opioidsNow: ['none'], opioidsRecent: 'no' }), c({ opioidsNow: ['prefer-not'] })],
    notSure: { ...c({ opioidsNow: ['not-sure'], opioidsRecent: 'not-sure' }), expect: ['opioid-unsure'] },
  },
  antidiarrhoeal: {
    fires: [c({ opioidsNow: ['diarrhoea'] }), c({ opioidsNow: ['diarrhoea', 'pain'] })],
    silent: [c({ opioidsNow: ['cough'] }), c({ opioidsNow: ['none'] })],
    notSure: { ...c({ opioidsNow: ['not-sure'] }), expect: ['opioid-unsure'], notExpect: ['antidiarrhoeal'] },
  },
  surgery: {
    fires: [c({ opioidsExpected: ['surgery'] }), c({ opioidsExpected: ['dental'] }), c({ opioidsExpected: ['pain-relief'] })],
    silent: [c({ opioidsExpected: ['none'] }), c({})],
    notSure: { ...c({ opioidsExpected: ['not-sure'] }), expect: ['surgery'] },
  },
  'oud-history': {
    fires: [c({ oudHistory: 'yes' })],
    silent: [c({ oudHistory: 'no' }), c({ oudHistory: 'prefer-not' })],
    notSure: { ...c({ oudHistory: 'not-sure' }), expect: ['oud-history'] },
  },
  'liver-severe': {
    fires: [c({ liver: ['cirrhosis'] }), c({ liver: ['acute-hepatitis'] }), c({ liver: ['liver-failure', 'fatty-liver'] })],
    silent: [c({ liver: ['fatty-liver'] }), c({ liver: ['none'] })],
    notSure: { ...c({ liver: ['not-sure'] }), expect: ['liver-tests'], notExpect: ['liver-severe'] },
  },
  'liver-tests': {
    fires: [c({ liver: ['hepatitis-b-c'] }), c({ liver: ['abnormal-tests'] }), c({ alcohol: 'heavy' }), c({ liver: ['prefer-not'] }), c({ alcohol: 'prefer-not' })],
    silent: [c({ liver: ['none'], alcohol: 'moderate' })],
    notSure: { ...c({ liver: ['not-sure'], alcohol: 'not-sure' }), expect: ['liver-tests'] },
  },
  'kidney-severe': {
    fires: [c({ kidney: 'severe' })],
    silent: [c({ kidney: 'not-severe' }), c({ kidney: 'no' })],
    notSure: { ...c({ kidney: 'not-sure' }), expect: ['kidney'], notExpect: ['kidney-severe'] },
  },
  kidney: {
    fires: [c({ kidney: 'not-severe' })],
    silent: [c({ kidney: 'no' }), c({ kidney: 'severe' })],
    notSure: { ...c({ kidney: 'not-sure' }), expect: ['kidney'] },
  },
  allergy: {
    fires: [c({ allergy: 'yes' })],
    silent: [c({ allergy: 'no' })],
    notSure: { ...c({ allergy: 'not-sure' }), expect: ['allergy-unsure'], notExpect: ['allergy'] },
  },
  'allergy-unsure': {
    fires: [c({ allergy: 'not-sure' })],
    silent: [c({ allergy: 'no' }), c({ allergy: 'yes' })],
    notSure: { ...c({ allergy: 'not-sure' }), expect: ['allergy-unsure'] },
  },
  pregnancy: {
    fires: [c({ pregnancy: ['pregnant'] }), c({ pregnancy: ['trying'] }), c({ pregnancy: ['breastfeeding'] }), c({ age: '12-17', pregnancy: ['pregnant'] }, 'child')],
    silent: [c({ pregnancy: ['none'] }), c({ pregnancy: ['prefer-not'] }), c({ age: 'under-6', pregnancy: ['pregnant'] }, 'child')],
    notSure: { ...c({ pregnancy: ['not-sure'] }), expect: ['pregnancy'] },
  },
  child: {
    fires: [c({ age: '12-17' }), c({ age: '6-11' }, 'child'), c({}, 'child')],
    silent: [c({ age: '18-plus' }), c({ age: '18-plus' }, 'child')],
    notSure: { ...c({ age: 'not-sure' }, 'child'), expect: ['child'] },
  },
  preschool: {
    fires: [c({ age: 'under-6' }, 'child')],
    silent: [c({ age: '6-11' }, 'child'), c({ age: 'under-6' }, 'self')],
    notSure: { ...c({ age: 'not-sure' }, 'child'), expect: ['child'], notExpect: ['preschool'] },
  },
  diagnosis: {
    fires: [c({ diagnosis: 'no' })],
    silent: [c({ diagnosis: 'yes' })],
    notSure: { ...c({ diagnosis: 'not-sure' }), expect: ['diagnosis'] },
  },
  // Children and adults get their own group's trial figures: the two rules never fire together.
  'no-stimulant-tried': {
    fires: [
      c({ age: '6-11', currentTreatment: ['none'], pastTreatment: ['none'] }, 'child'),
      c({ age: '12-17', currentTreatment: ['nonStimulant'], pastTreatment: ['behavioural'] }),
      c({ currentTreatment: ['none'], pastTreatment: ['none'] }, 'child'),
      c({ age: 'not-sure', currentTreatment: ['none'], pastTreatment: ['none'] }, 'child'),
    ],
    silent: [
      c({ age: '6-11', currentTreatment: ['methylphenidate'], pastTreatment: ['none'] }, 'child'),
      c({ age: '12-17', currentTreatment: ['none'], pastTreatment: ['amphetamine'] }),
      c({ age: '6-11', currentTreatment: ['none'] }, 'child'),
      c({ age: 'under-6', currentTreatment: ['none'], pastTreatment: ['none'] }, 'child'),
      c({ age: '18-plus', currentTreatment: ['none'], pastTreatment: ['none'] }),
      c({ age: '18-plus', currentTreatment: ['none'], pastTreatment: ['none'] }, 'child'),
    ],
    notSure: {
      ...c({ age: '6-11', currentTreatment: ['not-sure'], pastTreatment: ['none'] }, 'child'),
      expect: ['unsure-answers'],
      notExpect: ['no-stimulant-tried', 'no-stimulant-tried-adult'],
    },
  },
  'no-stimulant-tried-adult': {
    fires: [
      c({ age: '18-plus', currentTreatment: ['none'], pastTreatment: ['none'] }),
      c({ currentTreatment: ['nonStimulant'], pastTreatment: ['behavioural'] }),
      c({ age: 'not-sure', currentTreatment: ['none'], pastTreatment: ['none'] }),
      c({ age: '18-plus', currentTreatment: ['none'], pastTreatment: ['none'] }, 'child'),
    ],
    silent: [
      c({ age: '18-plus', currentTreatment: ['methylphenidate'], pastTreatment: ['none'] }),
      c({ age: '18-plus', currentTreatment: ['none'], pastTreatment: ['amphetamine'] }),
      c({ age: '18-plus', currentTreatment: ['none'] }),
      c({ age: '6-11', currentTreatment: ['none'], pastTreatment: ['none'] }, 'child'),
      c({ age: '12-17', currentTreatment: ['none'], pastTreatment: ['none'] }),
      c({ age: 'under-6', currentTreatment: ['none'], pastTreatment: ['none'] }, 'child'),
    ],
    notSure: {
      ...c({ age: '18-plus', currentTreatment: ['not-sure'], pastTreatment: ['none'] }),
      expect: ['unsure-answers'],
      notExpect: ['no-stimulant-tried', 'no-stimulant-tried-adult'],
    },
  },
  'one-family-little-help': {
    fires: [
      c({ pastTreatment: ['methylphenidate'], methylphenidateResponse: 'not-at-all' }),
      c({ currentTreatment: ['amphetamine'], amphetamineResponse: 'some' }),
      c({ currentTreatment: ['amphetamine'], amphetamineResponse: 'some', amphetamineSideEffects: ['none'] }),
    ],
    silent: [
      c({ pastTreatment: ['methylphenidate'], methylphenidateResponse: 'a-lot' }),
      // "Some" help with side effects reads as "helped, but had side effects", never as both.
      c({ currentTreatment: ['amphetamine'], amphetamineResponse: 'some', amphetamineSideEffects: ['appetite'] }),
      c({ pastTreatment: ['methylphenidate', 'amphetamine'], methylphenidateResponse: 'not-at-all' }),
    ],
    notSure: {
      ...c({ pastTreatment: ['methylphenidate'], methylphenidateResponse: 'not-sure' }),
      expect: ['unsure-answers'],
      notExpect: ['one-family-little-help'],
    },
  },
  'stimulant-side-effects': {
    fires: [
      c({ currentTreatment: ['amphetamine'], amphetamineResponse: 'a-lot', amphetamineSideEffects: ['appetite'] }),
      c({ pastTreatment: ['methylphenidate'], methylphenidateResponse: 'some', methylphenidateSideEffects: ['sleep'] }),
    ],
    silent: [
      c({ currentTreatment: ['amphetamine'], amphetamineResponse: 'a-lot', amphetamineSideEffects: ['none'] }),
      c({ currentTreatment: ['amphetamine'], amphetamineResponse: 'not-at-all', amphetamineSideEffects: ['tics'] }),
      c({ currentTreatment: ['nonStimulant'], nonStimulantResponse: 'a-lot', nonStimulantSideEffects: ['mood'] }),
    ],
    notSure: {
      ...c({ currentTreatment: ['amphetamine'], amphetamineResponse: 'a-lot', amphetamineSideEffects: ['not-sure'] }),
      expect: ['unsure-answers'],
      notExpect: ['stimulant-side-effects'],
    },
  },
  sleep: {
    fires: [c({ sleep: 'yes' }), c({ pastTreatment: ['methylphenidate'], methylphenidateSideEffects: ['sleep'] })],
    silent: [c({ sleep: 'no' }), c({ sleep: 'no', methylphenidateSideEffects: ['sleep'] })],
    notSure: { ...c({ sleep: 'not-sure' }), expect: ['unsure-answers'], notExpect: ['sleep'] },
  },
  'both-families-failed': {
    fires: [
      c({ pastTreatment: ['methylphenidate', 'amphetamine'], methylphenidateResponse: 'not-at-all', amphetamineStopReason: 'side-effects' }),
      c({ currentTreatment: ['methylphenidate'], pastTreatment: ['amphetamine'], methylphenidateResponse: 'not-at-all', amphetamineResponse: 'not-at-all' }),
      // "Not tolerated" counts for a stimulant taken now, as for a past one.
      c({
        currentTreatment: ['methylphenidate'],
        pastTreatment: ['amphetamine'],
        methylphenidateResponse: 'a-lot',
        methylphenidateSideEffects: ['heart'],
        methylphenidateTolerable: 'no',
        amphetamineStopReason: 'side-effects',
      }),
    ],
    silent: [
      c({ pastTreatment: ['methylphenidate', 'amphetamine'], methylphenidateResponse: 'not-at-all', amphetamineResponse: 'a-lot' }),
      c({
        currentTreatment: ['methylphenidate'],
        pastTreatment: ['amphetamine'],
        methylphenidateResponse: 'a-lot',
        methylphenidateSideEffects: ['heart'],
        methylphenidateTolerable: 'yes',
        amphetamineStopReason: 'side-effects',
      }),
    ],
    notSure: {
      ...c({ pastTreatment: ['methylphenidate', 'amphetamine'], methylphenidateResponse: 'not-at-all', amphetamineResponse: 'not-sure' }),
      expect: ['unsure-answers'],
      notExpect: ['both-families-failed'],
    },
  },
  'stimulant-now': {
    fires: [c({ currentTreatment: ['methylphenidate'] }), c({ currentTreatment: ['amphetamine', 'behavioural'] })],
    silent: [c({ currentTreatment: ['nonStimulant'] }), c({ pastTreatment: ['methylphenidate'] })],
    notSure: { ...c({ currentTreatment: ['not-sure'] }), expect: ['unsure-answers'], notExpect: ['stimulant-now'] },
  },
  thyroid: {
    fires: [c({ thyroid: 'yes' })],
    silent: [c({ thyroid: 'no' })],
    notSure: { ...c({ thyroid: 'not-sure' }), expect: ['thyroid'] },
  },
  'low-mood': {
    fires: [c({ mood: 'yes' })],
    silent: [c({ mood: 'no' }), c({ mood: 'prefer-not' }), c({ mood: 'not-sure' })],
    notSure: { ...c({ mood: 'not-sure' }), expect: ['mood-unsure'], notExpect: ['low-mood'] },
  },
  'mood-unsure': {
    fires: [c({ mood: 'not-sure' }), c({ mood: 'not-sure' }, 'child')],
    silent: [c({ mood: 'yes' }), c({ mood: 'no' })],
    notSure: { ...c({ mood: 'not-sure' }), expect: ['mood-unsure'] },
  },
  'urgent-help': {
    fires: [c({ selfHarm: 'yes' }), c({ selfHarm: 'yes' }, 'child')],
    silent: [c({ selfHarm: 'no', mood: 'yes' }), c({ selfHarm: 'prefer-not' })],
    notSure: { ...c({ selfHarm: 'not-sure' }), expect: ['urgent-help'] },
  },
  'unsure-answers': {
    fires: [c({ age: 'not-sure' }), c({ sleep: 'not-sure' })],
    silent: [c({ age: '18-plus', sleep: 'no' }), c({ diagnosis: 'not-sure', opioidsNow: ['not-sure'] })],
    notSure: { ...c({ pastTreatment: ['not-sure'] }), expect: ['unsure-answers'] },
  },
  'unanswered-safety': {
    fires: [c({}), c(withoutAnswer(ALL_SAFETY_ANSWERED, 'allergy')), c({ ...ALL_SAFETY_ANSWERED, oudHistory: 'prefer-not' }), c({ ...ALL_SAFETY_ANSWERED, selfHarm: 'prefer-not' })],
    silent: [
      c(ALL_SAFETY_ANSWERED),
      // Pregnancy is not asked about a young child, so it is not listed as unanswered.
      c({ ...withoutAnswer(ALL_SAFETY_ANSWERED, 'pregnancy'), age: '6-11' }, 'child'),
    ],
    notSure: {
      ...c({
        opioidsNow: ['not-sure'],
        opioidsRecent: 'not-sure',
        oudHistory: 'not-sure',
        liver: ['not-sure'],
        kidney: 'not-sure',
        allergy: 'not-sure',
        pregnancy: ['not-sure'],
        mood: 'not-sure',
        selfHarm: 'not-sure',
      }),
      expect: ['opioid-unsure', 'liver-tests', 'kidney', 'allergy-unsure', 'oud-history', 'pregnancy', 'mood-unsure', 'urgent-help'],
      notExpect: ['unanswered-safety'],
    },
  },
};

const flagIds = (k: Case) => evaluate(doc(k.answers, k.perspective)).flags.map((f) => f.id);

describe('the rule table', () => {
  it('has a test row for every rule, and a rule for every row', () => {
    expect(Object.keys(TABLE).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
  it('has unique rule ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe.each(RULES.map((r) => r.id))('rule %s', (id) => {
  const row = TABLE[id];
  if (!row) throw new Error(`no row for ${id}`);
  it.each(row.fires.map((k, i) => [i, k] as const))('fires (case %i)', (_i, k) => {
    expect(flagIds(k)).toContain(id);
  });
  it.each(row.silent.map((k, i) => [i, k] as const))('stays silent (case %i)', (_i, k) => {
    expect(flagIds(k)).not.toContain(id);
  });
  it('turns "not sure" into a question, never silence', () => {
    const ids = flagIds(row.notSure);
    for (const e of row.notSure.expect) expect(ids).toContain(e);
    for (const n of row.notSure.notExpect ?? []) expect(ids).not.toContain(n);
    expect(evaluate(doc(row.notSure.answers, row.notSure.perspective)).questions.some((q) => q.origin !== 'always')).toBe(true);
  });
});

describe('ordering and merging', () => {
  it('puts the urgent flag first, then raise-first flags, then the rest, in table order', () => {
    const e = evaluate(doc({ kidney: 'not-severe', opioidsNow: ['pain'], opioidsRecent: 'yes', selfHarm: 'yes', thyroid: 'yes', liver: ['cirrhosis'] }));
    expect(e.flags.map((f) => f.id)).toEqual(['urgent-help', 'opioids-now', 'opioid-gap', 'liver-severe', 'kidney', 'thyroid', 'unanswered-safety']);
  });
  it('merges a question two rules share, keeping the higher severity and both rule ids', () => {
    const e = evaluate(doc({ opioidsNow: ['pain'], opioidsExpected: ['surgery'] }));
    const pain = e.questions.filter((q) => q.id === 'q-emergency-pain');
    expect(pain).toHaveLength(1);
    expect(pain[0]).toMatchObject({ origin: 'raise-first', ruleIds: ['opioids-now', 'surgery'], removable: false });
  });
  it('always ends with the always-present questions', () => {
    const e = evaluate(doc({ liver: ['cirrhosis'] }));
    expect(e.questions.slice(-5).map((q) => q.id)).toEqual(['q-goal', 'q-stop-rules', 'q-call-me', 'q-compare', 'q-cost']);
    expect(e.questions.slice(-5).every((q) => q.origin === 'always' && q.removable)).toBe(true);
  });
  it('lists the topics a person was not sure about', () => {
    const e = evaluate(doc({ age: 'not-sure', sleep: 'not-sure', currentTreatment: ['methylphenidate'], methylphenidateResponse: 'not-sure' }));
    const flag = e.flags.find((f) => f.id === 'unsure-answers');
    expect(flag?.items.map((t) => t.key)).toEqual(['questions:age.topic', 'questions:methylphenidateResponse.topic', 'questions:sleep.topic']);
  });
  it('ignores answers that branching hides', () => {
    const e = evaluate(doc({ opioidsRecent: 'no', opioidsRecentKind: ['methadone-buprenorphine'], currentTreatment: ['none'], methylphenidateResponse: 'not-sure' }));
    const ids = e.flags.map((f) => f.id);
    expect(ids).not.toContain('methadone-buprenorphine');
    expect(ids).not.toContain('unsure-answers');
  });
});

describe('safety questions never go silent', () => {
  // Left blank or kept private, each of these gets a neutral question of its own for the prescriber.
  const NEUTRAL: Partial<Record<QuestionId, string>> = {
    opioidsNow: 'q-private-opioids-now',
    opioidsRecent: 'q-private-opioids-recent',
    oudHistory: 'q-private-oud',
    pregnancy: 'q-private-pregnancy',
    mood: 'q-private-mood',
    selfHarm: 'q-private-safety',
  };
  const questionIds = (answers: Answers) => evaluate(doc(answers)).questions.map((q) => q.id);

  it.each(Object.entries(NEUTRAL))('%s: "prefer not to say" adds %s', (id, question) => {
    const value = getQuestion(id as QuestionId).type === 'multi' ? ['prefer-not'] : 'prefer-not';
    expect(questionIds({ ...ALL_SAFETY_ANSWERED, [id]: value })).toContain(question);
    expect(questionIds(ALL_SAFETY_ANSWERED)).not.toContain(question);
  });

  it.each(Object.entries(NEUTRAL))('%s: left blank adds %s', (id, question) => {
    expect(questionIds(withoutAnswer(ALL_SAFETY_ANSWERED, id as QuestionId))).toContain(question);
  });

  it('lists each withheld topic by name, and only those (the opioid ones under their own raise-first flag)', () => {
    const flags = evaluate(doc({ ...ALL_SAFETY_ANSWERED, mood: 'prefer-not', oudHistory: 'prefer-not', opioidsRecent: 'prefer-not' })).flags;
    const flag = flags.find((f) => f.id === 'unanswered-safety');
    expect(flag?.items.map((t) => t.key)).toEqual(['questions:oudHistory.topic', 'questions:mood.topic']);
    expect(flag?.answerIds).toEqual(['oudHistory', 'mood']);
    expect(flags.find((f) => f.id === 'opioid-private')?.items.map((t) => t.key)).toEqual(['questions:opioidsRecent.topic']);
  });

  it('covers every question the issue names', () => {
    for (const id of Object.keys(NEUTRAL)) expect(SAFETY_QUESTIONS).toContain(id);
  });
});

describe('every rule', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s has a key line and a certainty label', (_id, rule) => {
    expect(rule.key.key).toBe(`engine:rules.${rule.id}.key`);
    // Only a list rule that states no medical fact (no sources) may go without a certainty.
    if (rule.sourceIds.length > 0) expect(rule.certainty).not.toBeNull();
    else expect(rule.lists).toBeDefined();
  });
});

describe('alcohol', () => {
  it('is not asked about a young child, and is asked about a teen or an adult', () => {
    const alcohol = getQuestion('alcohol');
    expect(isVisible(alcohol, doc({ age: 'under-6' }, 'child'))).toBe(false);
    expect(isVisible(alcohol, doc({ age: '6-11' }, 'child'))).toBe(false);
    expect(isVisible(alcohol, doc({ age: '12-17' }, 'child'))).toBe(true);
    expect(isVisible(alcohol, doc({ age: '18-plus' }))).toBe(true);
  });
  it('a hidden alcohol answer raises nothing', () => {
    expect(evaluate(doc({ age: '6-11', alcohol: 'heavy', liver: ['none'] }, 'child')).flags.map((f) => f.id)).not.toContain('liver-tests');
  });
});
