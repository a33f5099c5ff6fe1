import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../../shared/answers/empty';
import { questionsIn } from '../../../shared/questionnaire/conditions';
import { NOT_SURE, PREFER_NOT, QUESTION_IDS } from '../../../shared/questionnaire/ids';
import { QUESTIONS, SECTIONS, getQuestion, isChoiceQuestion } from '../../../shared/questionnaire/model';
import { isVisible, pruneHiddenAnswers, visibleOptions, visibleQuestions, visibleSections, withAnswer } from '../../../shared/questionnaire/visibility';
import { doc } from './helpers';

describe('questionnaire model', () => {
  it('lists every question once, in walkthrough order', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual([...QUESTION_IDS]);
  });
  it('groups every question into exactly one section, keeping the order', () => {
    expect(SECTIONS.flatMap((s) => s.questionIds)).toEqual([...QUESTION_IDS]);
  });
  it('offers "not sure" on every choice question, as an exclusive option', () => {
    for (const q of QUESTIONS.filter(isChoiceQuestion)) {
      expect(q.options.find((o) => o.id === NOT_SURE), q.id).toMatchObject({ exclusive: true });
    }
  });
  it('offers "prefer not to say" exactly where a question is sensitive', () => {
    for (const q of QUESTIONS.filter(isChoiceQuestion)) {
      expect(q.options.some((o) => o.id === PREFER_NOT), q.id).toBe(q.sensitive === true);
    }
    const sensitive = QUESTIONS.filter((q) => q.sensitive).map((q) => q.id);
    expect(sensitive).toEqual(expect.arrayContaining(['opioidsNow', 'opioidsRecent', 'oudHistory', 'liver', 'alcohol', 'pregnancy', 'mood', 'selfHarm']));
  });
  it('has unique option ids in every question', () => {
    for (const q of QUESTIONS.filter(isChoiceQuestion)) expect(new Set(q.options.map((o) => o.id)).size, q.id).toBe(q.options.length);
  });
  it('limits every free-text question', () => {
    for (const q of QUESTIONS) if (!isChoiceQuestion(q)) expect(q.maxLength).toBeGreaterThan(0);
  });
  it('branches only on earlier questions (so one pass hides and prunes)', () => {
    QUESTIONS.forEach((q, index) => {
      if (!q.visibleWhen) return;
      for (const dep of questionsIn(q.visibleWhen)) expect(QUESTION_IDS.indexOf(dep), `${q.id} reads ${dep}`).toBeLessThan(index);
    });
  });
  it('gives every knowledge question a right answer among its options, an explanation and sources', () => {
    const knowledge = QUESTIONS.filter((q) => q.section === 'knowledge');
    expect(knowledge.length).toBeGreaterThanOrEqual(3);
    for (const q of knowledge) {
      if (!isChoiceQuestion(q) || !q.knowledge) throw new Error(`${q.id} has no knowledge check`);
      expect(q.options.map((o) => o.id)).toContain(q.knowledge.correct);
      expect(q.knowledge.sourceIds.length).toBeGreaterThan(0);
    }
  });
  it('covers the walkthrough steps the issue lists', () => {
    const sections = new Set(QUESTIONS.map((q) => q.section));
    for (const s of ['about', 'history', 'opioids', 'health', 'values', 'knowledge', 'stance']) expect(sections).toContain(s);
    for (const id of ['age', 'diagnosis', 'currentTreatment', 'opioidsNow', 'opioidsRecent', 'opioidsExpected', 'oudHistory', 'liver', 'alcohol', 'kidney', 'pregnancy', 'allergy', 'thyroid', 'sleep', 'mood', 'selfHarm', 'leaning'] as const) {
      expect(getQuestion(id)).toBeDefined();
    }
  });
});

describe('branching', () => {
  it('shows the questions about a medicine family only once it was tried', () => {
    const none = visibleQuestions(doc({ currentTreatment: ['none'], pastTreatment: ['none'] })).map((q) => q.id);
    expect(none).not.toContain('methylphenidateResponse');
    const now = visibleQuestions(doc({ currentTreatment: ['methylphenidate'] })).map((q) => q.id);
    expect(now).toEqual(expect.arrayContaining(['methylphenidateResponse', 'methylphenidateSideEffects']));
    expect(now).not.toContain('methylphenidateStopReason');
    const before = visibleQuestions(doc({ pastTreatment: ['methylphenidate'] })).map((q) => q.id);
    expect(before).toContain('methylphenidateStopReason');
  });
  it('asks what kind of opioid only after a recent one', () => {
    expect(isVisible(getQuestion('opioidsRecentKind'), doc({ opioidsRecent: 'yes' }))).toBe(true);
    expect(isVisible(getQuestion('opioidsRecentKind'), doc({ opioidsRecent: 'not-sure' }))).toBe(false);
  });
  it('skips pregnancy for young children but not for teens or adults', () => {
    expect(isVisible(getQuestion('pregnancy'), doc({ age: 'under-6' }, 'child'))).toBe(false);
    expect(isVisible(getQuestion('pregnancy'), doc({ age: '12-17' }, 'child'))).toBe(true);
    expect(isVisible(getQuestion('pregnancy'), doc({}, 'self'))).toBe(true);
  });
  it('offers child-only ages only when the guide is about a child', () => {
    const age = getQuestion('age');
    expect(visibleOptions(age, 'self').map((o) => o.id)).not.toContain('under-6');
    expect(visibleOptions(age, 'child').map((o) => o.id)).toContain('under-6');
  });
  it('lists sections with their visible questions', () => {
    const sections = visibleSections(doc({}));
    expect(sections.map((s) => s.section.id)).toEqual(['about', 'history', 'opioids', 'health', 'values', 'knowledge', 'stance']);
  });
});

describe('pruneHiddenAnswers', () => {
  it('drops answers whose question is hidden now, in a chain', () => {
    const d = doc({
      pastTreatment: ['none'],
      methylphenidateResponse: 'a-lot',
      methylphenidateStopReason: 'side-effects',
      opioidsRecent: 'no',
      opioidsRecentKind: ['kratom'],
    });
    expect(pruneHiddenAnswers(d).answers).toEqual({ pastTreatment: ['none'], opioidsRecent: 'no' });
  });
  it('drops options the reader cannot see', () => {
    const d = doc({ age: 'under-6' }, 'self');
    expect(pruneHiddenAnswers(d).answers).toEqual({});
  });
  it('returns the same object when nothing changes', () => {
    const d = doc({ age: '18-plus' });
    expect(pruneHiddenAnswers(d)).toBe(d);
  });
});

describe('withAnswer', () => {
  const base = emptyAnswers();
  it('keeps an exclusive option alone when it is picked', () => {
    const a = withAnswer(base, 'opioidsNow', ['pain', 'cough']);
    expect(withAnswer(a, 'opioidsNow', ['pain', 'cough', 'none']).answers.opioidsNow).toEqual(['none']);
  });
  it('drops the exclusive option when another is picked', () => {
    const a = withAnswer(base, 'opioidsNow', ['not-sure']);
    expect(withAnswer(a, 'opioidsNow', ['not-sure', 'kratom']).answers.opioidsNow).toEqual(['kratom']);
  });
  it('clears an answer and prunes what depended on it', () => {
    const a = withAnswer(withAnswer(base, 'opioidsRecent', 'yes'), 'opioidsRecentKind', ['kratom']);
    const b = withAnswer(a, 'opioidsRecent', undefined, '2026-11-24T10:00:00Z');
    expect(b.answers).toEqual({});
    expect(b.updatedAt).toBe('2026-11-24T10:00:00Z');
  });
});
