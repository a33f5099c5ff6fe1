// A small, serialisable condition language over an answers document. The questionnaire uses it
// for branching (`visibleWhen`) and the rules engine for its rule table, so both read the same way
// and can be inspected, printed and tested without running code.
import type { Perspective } from '../content/text';
import type { AnswerValue, AnswersDocument } from '../answers/types';
import type { QuestionId } from './ids';

export type Condition =
  /** The answer is (single choice), or contains (multiple choice), any of these option ids. */
  | { readonly q: QuestionId; readonly anyOf: readonly string[] }
  /** The question has (true) or has not (false) been answered. */
  | { readonly q: QuestionId; readonly answered: boolean }
  | { readonly perspective: Perspective }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export const has = (q: QuestionId, ...anyOf: string[]): Condition => ({ q, anyOf });
export const answered = (q: QuestionId): Condition => ({ q, answered: true });
export const unanswered = (q: QuestionId): Condition => ({ q, answered: false });
export const perspectiveIs = (perspective: Perspective): Condition => ({ perspective });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });

export function isAnswered(value: AnswerValue | undefined): value is AnswerValue {
  if (value === undefined) return false;
  return typeof value === 'string' ? value.trim().length > 0 : value.length > 0;
}

export function answerIncludes(value: AnswerValue | undefined, options: readonly string[]): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return options.includes(value);
  return value.some((v) => options.includes(v));
}

type DocView = Pick<AnswersDocument, 'perspective' | 'answers'>;

export function evaluateCondition(condition: Condition, doc: DocView): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, doc));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, doc));
  if ('not' in condition) return !evaluateCondition(condition.not, doc);
  if ('perspective' in condition) return doc.perspective === condition.perspective;
  const value = doc.answers[condition.q];
  if ('answered' in condition) return isAnswered(value) === condition.answered;
  return answerIncludes(value, condition.anyOf);
}

/** Every question id a condition reads (for tests: branching may only look back). */
export function questionsIn(condition: Condition): QuestionId[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  if ('not' in condition) return questionsIn(condition.not);
  if ('perspective' in condition) return [];
  return [condition.q];
}
