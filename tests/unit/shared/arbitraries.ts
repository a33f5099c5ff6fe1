// fast-check generators for answers documents built from the questionnaire model, so every
// generated document is valid by construction (the schema test checks that it agrees).
import fc from 'fast-check';
import { SCHEMA_VERSION } from '../../../shared/answers/schema';
import type { AnswerValue, AnswersDocument } from '../../../shared/answers/types';
import { PERSPECTIVES } from '../../../shared/content/text';
import { ALWAYS_QUESTION_IDS, PRESCRIBER_QUESTIONS } from '../../../shared/engine/rules';
import type { QuestionId } from '../../../shared/questionnaire/ids';
import { QUESTIONS, TEXT_LIMITS, isChoiceQuestion, type Question } from '../../../shared/questionnaire/model';

export function answerArb(q: Question): fc.Arbitrary<AnswerValue> {
  if (!isChoiceQuestion(q)) return fc.string({ maxLength: q.maxLength });
  const ids = q.options.map((o) => o.id);
  if (q.type !== 'multi') return fc.constantFrom(...ids);
  const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.id);
  const others = ids.filter((id) => !exclusive.includes(id));
  return fc.oneof(
    fc.constantFrom(...exclusive).map((v) => [v]),
    fc.uniqueArray(fc.constantFrom(...others), { minLength: 1, maxLength: others.length }),
  );
}

/** Answers to any subset of the questions (hidden ones included: the engine must ignore them). */
export const answersArb: fc.Arbitrary<Partial<Record<QuestionId, AnswerValue>>> = fc.record(
  Object.fromEntries(QUESTIONS.map((q) => [q.id, answerArb(q)])) as Record<QuestionId, fc.Arbitrary<AnswerValue>>,
  { requiredKeys: [] },
);

const ownIdArb = fc.stringMatching(/^own-[a-z0-9]{1,8}$/);
const suggestedIds = Object.keys(PRESCRIBER_QUESTIONS);

export const documentArb: fc.Arbitrary<AnswersDocument> = fc
  .record({
    perspective: fc.constantFrom(...PERSPECTIVES),
    answers: answersArb,
    own: fc.uniqueArray(fc.record({ id: ownIdArb, text: fc.string({ minLength: 1, maxLength: TEXT_LIMITS.ownQuestion }) }), {
      maxLength: TEXT_LIMITS.ownQuestionCount,
      selector: (q) => q.id,
    }),
    order: fc.uniqueArray(fc.constantFrom(...suggestedIds, ...ALWAYS_QUESTION_IDS), { maxLength: 10 }),
    starred: fc.uniqueArray(fc.constantFrom(...suggestedIds), { maxLength: 5 }),
    removed: fc.uniqueArray(fc.constantFrom(...suggestedIds), { maxLength: 10 }),
  })
  .map(({ perspective, answers, own, order, starred, removed }) => ({
    schemaVersion: SCHEMA_VERSION,
    perspective,
    answers,
    ownQuestions: own,
    sheet: { order: [...order, ...own.map((q) => q.id)], starred, removed },
    updatedAt: null,
  }));
