// Runs the rule table over an answers document. Pure and deterministic: the same document always
// gives the same flags and questions in the same order.
//
// Order: urgent flags, then the other raise-first flags, then ask-about flags, each group in table
// order. Questions follow the flags that added them (a question added by several flags appears
// once, at its first place, with the highest severity), then the always-present questions.
import type { Certainty } from '../content/certainty';
import type { TextRef } from '../content/text';
import type { AnswersDocument } from '../answers/types';
import { inRegistryOrder, type SourceId } from '../references/registry';
import { answerIncludes, evaluateCondition, isAnswered, questionsIn } from '../questionnaire/conditions';
import { NOT_SURE, PREFER_NOT, type QuestionId } from '../questionnaire/ids';
import { getQuestion, type Question } from '../questionnaire/model';
import { isVisible, pruneHiddenAnswers } from '../questionnaire/visibility';
import { ALWAYS_QUESTION_IDS, PRESCRIBER_QUESTIONS, RULES, type PrescriberQuestionId, type Rule, type Severity, type SharedWarning, SHARED_WARNINGS } from './rules';

export interface Flag {
  readonly id: string;
  readonly severity: Severity;
  readonly urgent: boolean;
  readonly certainty: Certainty | null;
  readonly title: TextRef;
  readonly body: TextRef;
  /** Its safety point in one sentence (printed on the sheet for an ask-about flag). */
  readonly key: TextRef;
  /** A warning shared with other flags, said after the key line (rules.ts, SHARED_WARNINGS). */
  readonly sharedWarning: SharedWarning | null;
  /** Values for the body's {{placeholders}}. */
  readonly params: Readonly<Record<string, number>>;
  /** Topics listed under the body (for the "not sure" and "not answered" flags), else empty. */
  readonly items: readonly TextRef[];
  /** The shown questions whose answers raised it, in walkthrough order: where to change them. */
  readonly answerIds: readonly QuestionId[];
  readonly questionIds: readonly PrescriberQuestionId[];
  readonly sourceIds: readonly SourceId[];
}

export type QuestionOrigin = Severity | 'always';

export interface PrescriberQuestion {
  readonly id: PrescriberQuestionId;
  readonly text: TextRef;
  readonly sourceIds: readonly SourceId[];
  /** The most serious reason it is asked. */
  readonly origin: QuestionOrigin;
  /** The flags that added it (empty for always-present questions). */
  readonly ruleIds: readonly string[];
  /** False for questions behind a raise-first flag: the person may not remove them from the sheet. */
  readonly removable: boolean;
}

export interface Evaluation {
  readonly flags: readonly Flag[];
  readonly questions: readonly PrescriberQuestion[];
  /** Every source cited by the flags and questions, in registry order. */
  readonly sourceIds: readonly SourceId[];
}

function rank(rule: Rule): number {
  if (rule.urgent) return 0;
  return rule.severity === 'raise-first' ? 1 : 2;
}

function matches(match: NonNullable<Rule['lists']>['match'], doc: AnswersDocument, id: QuestionId): boolean {
  const value = doc.answers[id];
  if (match === 'not-sure') return answerIncludes(value, [NOT_SURE]);
  if (match === 'unanswered') return !isAnswered(value);
  return !isAnswered(value) || answerIncludes(value, [PREFER_NOT]);
}

/** The shown questions a list rule lists for this document. */
function listed(rule: Rule, doc: AnswersDocument): Question[] {
  if (!rule.lists) return [];
  const { questions, match } = rule.lists;
  return questions
    .map(getQuestion)
    .filter((q) => isVisible(q, doc) && matches(match, doc, q.id));
}

function answersBehind(rule: Rule, doc: AnswersDocument, list: readonly Question[]): QuestionId[] {
  if (rule.lists) return list.map((q) => q.id);
  const read = new Set(questionsIn(rule.when));
  return [...read].filter((id) => isVisible(getQuestion(id), doc) && isAnswered(doc.answers[id]));
}

function questionsOf(rule: Rule, list: readonly Question[]): PrescriberQuestionId[] {
  const forItems = list.map((q) => rule.lists?.questionFor?.[q.id]).filter((id): id is PrescriberQuestionId => id !== undefined);
  return [...new Set([...rule.questions, ...forItems])];
}

/** Flags and prescriber questions for an answers document (answers hidden by branching are ignored). */
export function evaluate(input: AnswersDocument): Evaluation {
  const doc = pruneHiddenAnswers(input);
  const fired = RULES.map((rule, index) => ({ rule, index, list: listed(rule, doc) }))
    // A list rule with nothing shown to list stays quiet (its questions may all be hidden).
    .filter(({ rule, list }) => evaluateCondition(rule.when, doc) && (!rule.lists || list.length > 0))
    .sort((a, b) => rank(a.rule) - rank(b.rule) || a.index - b.index);

  const flags: Flag[] = fired.map(({ rule, list }) => ({
    id: rule.id,
    severity: rule.severity,
    urgent: rule.urgent === true,
    certainty: rule.certainty,
    title: rule.title,
    body: rule.body,
    key: rule.key,
    sharedWarning: rule.sharedWarning ? SHARED_WARNINGS[rule.sharedWarning] : null,
    params: rule.params ?? {},
    items: list.map((q) => q.topic),
    answerIds: answersBehind(rule, doc, list),
    questionIds: questionsOf(rule, list),
    sourceIds: rule.sourceIds,
  }));

  const questions = new Map<PrescriberQuestionId, { origin: QuestionOrigin; ruleIds: string[] }>();
  for (const flag of flags) {
    for (const id of flag.questionIds) {
      const seen = questions.get(id);
      if (seen) {
        seen.ruleIds.push(flag.id);
        if (flag.severity === 'raise-first') seen.origin = 'raise-first';
      } else {
        questions.set(id, { origin: flag.severity, ruleIds: [flag.id] });
      }
    }
  }
  for (const id of ALWAYS_QUESTION_IDS) if (!questions.has(id)) questions.set(id, { origin: 'always', ruleIds: [] });

  const prescriberQuestions: PrescriberQuestion[] = [...questions].map(([id, { origin, ruleIds }]) => ({
    id,
    text: PRESCRIBER_QUESTIONS[id].text,
    sourceIds: PRESCRIBER_QUESTIONS[id].sourceIds,
    origin,
    ruleIds,
    removable: origin !== 'raise-first',
  }));

  const cited = new Set<SourceId>([...flags.flatMap((f) => f.sourceIds), ...prescriberQuestions.flatMap((q) => q.sourceIds)]);
  return { flags, questions: prescriberQuestions, sourceIds: inRegistryOrder(cited) };
}
