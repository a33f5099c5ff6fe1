import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { emptyAnswers } from '../../../shared/answers/empty';
import type { AnswersDocument } from '../../../shared/answers/types';
import type { Perspective } from '../../../shared/content/text';
import type { QuestionId } from '../../../shared/questionnaire/ids';
import { getQuestion } from '../../../shared/questionnaire/model';
import { withAnswer } from '../../../shared/questionnaire/visibility';
import { QuestionField } from '../../../renderer/src/components/QuestionField';
import { initI18n, loadAllText } from '../../../renderer/src/i18n';
import { ReviewScreen } from '../../../renderer/src/screens/ReviewScreen';
import { useContentText } from '../../../renderer/src/walkthrough/useContentText';
import { WithText } from '../../support/with-text';

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await initI18n('en');
  // The review screen waits for all of its text; load it up front, as the app does in idle time.
  await loadAllText(i18nInstance);
});
afterEach(cleanup);

/** One question bound to a real answers document, as the section screen binds it. */
function Harness({
  id,
  perspective = 'self',
  onDoc,
  initial,
}: {
  id: QuestionId;
  perspective?: Perspective;
  onDoc?: (doc: AnswersDocument) => void;
  initial?: AnswersDocument;
}) {
  const [doc, setDoc] = useState(initial ?? emptyAnswers(perspective));
  const text = useContentText(doc.perspective);
  return (
    <QuestionField
      question={getQuestion(id)}
      value={doc.answers[id]}
      perspective={doc.perspective}
      text={text}
      onChange={(value) => {
        const next = withAnswer(doc, id, value);
        setDoc(next);
        onDoc?.(next);
      }}
    />
  );
}

function renderWithI18n(node: React.ReactNode) {
  return render(<WithText i18n={i18nInstance}>{node}</WithText>);
}

describe('QuestionField', () => {
  it('shows a help text with more behind a closed disclosure: what to do first, which medicines count on demand', () => {
    const { container } = renderWithI18n(<Harness id="opioidsNow" />);
    const help = container.querySelector('.question-help');
    expect(help?.textContent).toMatch(/ask a pharmacist/);
    expect(help?.textContent).not.toMatch(/Dextromethorphan/);
    const more = container.querySelector('details.question-more');
    expect(more).not.toBeNull();
    expect(more?.hasAttribute('open')).toBe(false);
    expect(more?.querySelector('summary')?.textContent).toBe('Which medicines count?');
    expect(more?.textContent).toMatch(/Dextromethorphan.*Loperamide/s);
    // The sources cover the help and its more, so they follow both.
    expect(more?.nextElementSibling?.textContent).toMatch(/Sources \(4\)/);
  });

  it('a help text without more has no disclosure', () => {
    const { container } = renderWithI18n(<Harness id="opioidsRecent" />);
    expect(container.querySelector('.question-help')?.textContent).toBe('Count anything you take now, too.');
    expect(container.querySelector('details.question-more')).toBeNull();
  });

  it('renders a single-choice question as a labelled radio group with "not sure"', () => {
    renderWithI18n(<Harness id="diagnosis" />);
    // The question's fieldset (its help's sources are a <details>, also a group).
    const group = screen.getByRole('group', { name: /diagnos/i });
    expect(group.querySelector('legend')?.textContent).toMatch(/diagnos/i);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['yes', 'no', 'not-sure']);
    for (const radio of radios) expect(screen.getByLabelText((radio.labels?.[0]?.textContent ?? '') as string)).toBe(radio);
  });

  it('shows the sources of a help text that states a medical fact, and none for practical help (issue 17 §11e)', () => {
    renderWithI18n(<Harness id="opioidsNow" />);
    const sources = document.querySelector('#q-opioidsNow details.sources');
    expect(sources?.textContent).toMatch(/McClure 2023/);
    expect(sources?.textContent).toMatch(/Awouters 1993/);
    cleanup();
    renderWithI18n(<Harness id="alcohol" />);
    expect(document.querySelector('#q-alcohol details.sources')).toBeNull();
  });

  it('speaks to a parent about their child', () => {
    renderWithI18n(<Harness id="diagnosis" perspective="child" />);
    expect(screen.getByRole('group', { name: /diagnos/i }).querySelector('legend')?.textContent).toMatch(/your child/i);
  });

  it('offers "prefer not to say" on sensitive questions only', () => {
    renderWithI18n(<Harness id="opioidsNow" />);
    expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).value)).toContain('prefer-not');
    cleanup();
    renderWithI18n(<Harness id="diagnosis" />);
    expect(screen.getAllByRole('radio').map((c) => (c as HTMLInputElement).value)).not.toContain('prefer-not');
  });

  it('keeps an exclusive option ("none") on its own in a multiple choice', () => {
    const seen: AnswersDocument[] = [];
    renderWithI18n(<Harness id="opioidsNow" onDoc={(d) => seen.push(d)} />);
    const box = (value: string) => screen.getAllByRole('checkbox').find((c) => (c as HTMLInputElement).value === value) as HTMLInputElement;
    act(() => fireEvent.click(box('pain')));
    act(() => fireEvent.click(box('kratom')));
    expect(seen.at(-1)?.answers.opioidsNow).toEqual(['pain', 'kratom']);
    act(() => fireEvent.click(box('none')));
    expect(seen.at(-1)?.answers.opioidsNow).toEqual(['none']);
    expect(box('pain').checked).toBe(false);
  });

  it('renders a text question with its limit and a live count, keeping markup as plain text', () => {
    // "Which other treatment?" shows once an "other" treatment was tried.
    renderWithI18n(<Harness id="otherTreatment" initial={withAnswer(emptyAnswers('self'), 'pastTreatment', ['other'])} />);
    const box = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(box.maxLength).toBe(getQuestion('otherTreatment').type === 'text' ? 200 : -1);
    act(() => fireEvent.change(box, { target: { value: '<b>fish oil</b>' } }));
    expect(box.value).toBe('<b>fish oil</b>');
    expect(screen.getByText(/15 of 200 characters/)).toBeTruthy();
  });
});

describe('ReviewScreen', () => {
  function Review({ doc, onChange }: { doc: AnswersDocument; onChange: (section: string, question: string) => void }) {
    const text = useContentText(doc.perspective);
    return <ReviewScreen doc={doc} text={text} onChange={onChange} />;
  }

  it('lists every answer that applies, in words, with a Change button that names the question', () => {
    let doc = emptyAnswers('self');
    doc = withAnswer(doc, 'age', '18-plus');
    doc = withAnswer(doc, 'currentTreatment', ['methylphenidate']);
    doc = withAnswer(doc, 'opioidsNow', ['none']);
    const changes: string[] = [];
    renderWithI18n(<Review doc={doc} onChange={(section, question) => changes.push(`${section}/${question}`)} />);
    expect(screen.getByText('18 or older', { exact: false })).toBeTruthy();
    expect(screen.getAllByText('Not answered').length).toBeGreaterThan(3);
    const change = screen.getAllByRole('button', { name: /Change your answer/ });
    act(() => fireEvent.click(change[0] as HTMLElement));
    expect(changes).toEqual(['about/age']);
  });

  it('leaves out answers to questions that no longer apply', () => {
    let doc = emptyAnswers('self');
    doc = withAnswer(doc, 'pastTreatment', ['methylphenidate']);
    doc = withAnswer(doc, 'methylphenidateResponse', 'a-lot');
    renderWithI18n(<Review doc={doc} onChange={() => {}} />);
    const withTried = screen.getAllByRole('button', { name: /Change your answer/ }).length;
    cleanup();
    renderWithI18n(<Review doc={withAnswer(doc, 'pastTreatment', ['none'])} onChange={() => {}} />);
    expect(screen.getAllByRole('button', { name: /Change your answer/ }).length).toBeLessThan(withTried);
    expect(screen.queryByText('A lot', { exact: false })).toBeNull();
  });
});
