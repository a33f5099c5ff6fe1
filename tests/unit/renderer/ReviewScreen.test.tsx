import { cleanup, fireEvent, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n, loadAllText } from '../../../renderer/src/i18n';
import { ReviewScreen } from '../../../renderer/src/screens/ReviewScreen';
import { useContentText } from '../../../renderer/src/walkthrough/useContentText';
import type { AnswersDocument } from '../../../shared/answers/types';
import { CLINICAL_SECTIONS } from '../../../shared/questionnaire/model';
import { visibleSections } from '../../../shared/questionnaire/visibility';
import { WithText } from '../../support/with-text';

afterEach(cleanup);

const doc = JSON.parse(readFileSync('tests/fixtures/personas/every-flag.json', 'utf8')) as AnswersDocument;

function Review({ onChange, answers }: { onChange: (section: string, question: string) => void; answers: AnswersDocument }) {
  const text = useContentText('self');
  return <ReviewScreen doc={answers} text={text} onChange={onChange} />;
}

async function show(onChange = vi.fn(), answers = doc) {
  const i18n = await initI18n('en');
  await loadAllText(i18n);
  return { onChange, ...render(<WithText i18n={i18n}><Review onChange={onChange} answers={answers} /></WithText>) };
}

// Issue 18: "Check your answers" leads with the answers that decide the safety points; the person's
// values, knowledge check and stance (just given, and on the sheet) are one activation away.
describe('Check your answers, in layers', () => {
  it('shows the health and treatment answers open, and the others behind a closed disclosure that says how many answers it holds', async () => {
    const { container } = await show();
    for (const { section, questions } of visibleSections(doc)) {
      const element = container.querySelector(`[aria-labelledby="review-${section.id}"]`);
      expect(element, section.id).not.toBeNull();
      const closed = element?.closest('details:not([open])');
      const answered = questions.filter((question) => doc.answers[question.id] !== undefined).length;
      if (CLINICAL_SECTIONS.includes(section.id)) expect(closed, section.id).toBeNull();
      else {
        expect(closed, section.id).not.toBeNull();
        expect(closed?.querySelector('summary')?.textContent).toContain(`(${answered} of ${questions.length} answered)`);
      }
      // Nothing is left out: every answer is on the page, open or not.
      expect(element?.querySelectorAll('.review-item')).toHaveLength(questions.length);
    }
  });

  it('a closed part opens, and its answers can be changed', async () => {
    const { container, onChange } = await show();
    const values = container.querySelector('[aria-labelledby="review-values"]')?.closest('details');
    const summary = values?.querySelector('summary');
    if (!values || !summary) throw new Error('no values part');
    fireEvent.click(summary);
    values.open = true;
    const change = values.querySelector('.review-item button');
    if (!change) throw new Error('no Change button');
    fireEvent.click(change);
    expect(onChange).toHaveBeenCalledWith('values', expect.any(String));
  });

  it('in the health and treatment sections, shows what was answered and puts the questions left blank one activation away, with their count', async () => {
    const some: AnswersDocument = { ...doc, answers: { opioidsNow: ['none'] } };
    const { container } = await show(vi.fn(), some);
    const opioids = container.querySelector('[aria-labelledby="review-opioids"]');
    const open = [...(opioids?.querySelectorAll(':scope > .review-list .review-item') ?? [])];
    expect(open.map((item) => item.textContent)).toEqual([expect.stringContaining('No opioids')]);
    const blank = opioids?.querySelector('details.review-unanswered:not([open])');
    const blankCount = visibleSections(some).find((s) => s.section.id === 'opioids')!.questions.length - 1;
    expect(blank?.querySelector('summary')?.textContent).toBe(`${blankCount} questions not answered`);
    expect(blank?.querySelectorAll('.review-item')).toHaveLength(blankCount);
  });
});
