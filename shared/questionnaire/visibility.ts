// Branching: which questions and options show for a given answers document, and dropping answers
// that no longer apply after an earlier answer changed.
import type { Perspective } from '../content/text';
import type { AnswerValue, Answers, AnswersDocument } from '../answers/types';
import { evaluateCondition } from './conditions';
import type { QuestionId } from './ids';
import { QUESTIONS, SECTIONS, isChoiceQuestion, type Option, type Question, type Section } from './model';

type DocView = Pick<AnswersDocument, 'perspective' | 'answers'>;

export function isVisible(question: Question, doc: DocView): boolean {
  return !question.visibleWhen || evaluateCondition(question.visibleWhen, doc);
}

/** The options of a question this reader sees. */
export function visibleOptions(question: Question, perspective: Perspective): readonly Option[] {
  if (!isChoiceQuestion(question)) return [];
  return question.options.filter((o) => !o.perspective || o.perspective === perspective);
}

/** The questions that show for these answers, in walkthrough order. */
export function visibleQuestions(doc: DocView): Question[] {
  const pruned = pruneAnswers(doc.answers, doc.perspective);
  return QUESTIONS.filter((q) => isVisible(q, { perspective: doc.perspective, answers: pruned }));
}

/** The sections with the questions that show in each (sections with none are left out). */
export function visibleSections(doc: DocView): { section: Section; questions: Question[] }[] {
  const visible = visibleQuestions(doc);
  return SECTIONS.map((section) => ({ section, questions: visible.filter((q) => q.section === section.id) })).filter(
    (s) => s.questions.length > 0,
  );
}

function cleanValue(question: Question, value: AnswerValue, perspective: Perspective): AnswerValue | undefined {
  if (!isChoiceQuestion(question)) return typeof value === 'string' ? value : undefined;
  const allowed = new Set(visibleOptions(question, perspective).map((o) => o.id));
  if (question.type === 'multi') {
    if (typeof value === 'string') return undefined;
    const kept = value.filter((v) => allowed.has(v));
    if (kept.length === 0) return undefined;
    return kept.length === value.length ? value : kept;
  }
  return typeof value === 'string' && allowed.has(value) ? value : undefined;
}

function pruneAnswers(answers: Answers, perspective: Perspective): Answers {
  const kept: Partial<Record<QuestionId, AnswerValue>> = {};
  for (const question of QUESTIONS) {
    const value = answers[question.id];
    if (value === undefined) continue;
    // Branching reads only earlier questions, which are already pruned.
    if (!isVisible(question, { perspective, answers: kept })) continue;
    const cleaned = cleanValue(question, value, perspective);
    if (cleaned !== undefined) kept[question.id] = cleaned;
  }
  return kept;
}

/**
 * Drops answers to questions that are hidden now, and options this reader does not see. Returns the
 * same document when nothing changed.
 */
export function pruneHiddenAnswers(doc: AnswersDocument): AnswersDocument {
  const kept = pruneAnswers(doc.answers, doc.perspective);
  const before = Object.keys(doc.answers).filter((k) => doc.answers[k as QuestionId] !== undefined);
  const unchanged = before.length === Object.keys(kept).length && before.every((k) => kept[k as QuestionId] === doc.answers[k as QuestionId]);
  return unchanged ? doc : { ...doc, answers: kept };
}

/**
 * Sets (or, with undefined, clears) one answer and prunes what no longer applies. Selecting an
 * exclusive option in a multiple-choice question keeps only that option; selecting another
 * option drops the exclusive ones.
 */
export function withAnswer(doc: AnswersDocument, id: QuestionId, value: AnswerValue | undefined, now?: string): AnswersDocument {
  const question = QUESTIONS.find((q) => q.id === id);
  let next = value;
  if (question && isChoiceQuestion(question) && question.type === 'multi' && Array.isArray(next)) {
    const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
    const previous = doc.answers[id];
    const chosen = [...new Set<string>(next)];
    const newExclusive = chosen.find((v) => exclusive.has(v) && !(Array.isArray(previous) && previous.includes(v)));
    const kept = newExclusive ? [newExclusive] : chosen.length > 1 ? chosen.filter((v) => !exclusive.has(v)) : chosen;
    next = kept.length > 0 ? kept : undefined;
  }
  const answers: Partial<Record<QuestionId, AnswerValue>> = { ...doc.answers };
  if (next === undefined) delete answers[id];
  else answers[id] = next;
  return pruneHiddenAnswers({ ...doc, answers, updatedAt: now ?? doc.updatedAt });
}
