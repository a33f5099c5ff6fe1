// The person's own questions for the prescriber: add, edit and remove, within the limits, printed
// exactly as typed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswersDocument, OwnQuestion } from '../../../shared/answers/types';
import { OWN_QUESTIONS_FIELD } from '../../../shared/questionnaire/model';
import type { ContentText } from '../walkthrough/useContentText';

interface Props {
  doc: AnswersDocument;
  text: ContentText;
  change: (update: (doc: AnswersDocument) => AnswersDocument) => void;
  /**
   * One activation away, behind its title: on the sheet step, where the questions are already listed
   * to arrange ("Where you stand" asks for them first, open).
   */
  closed?: boolean;
}

function newId(): string {
  return `own-${crypto.randomUUID().slice(0, 8)}`;
}

function setOwn(doc: AnswersDocument, ownQuestions: readonly OwnQuestion[]): AnswersDocument {
  return { ...doc, ownQuestions, updatedAt: new Date().toISOString() };
}

export function OwnQuestions({ doc, text, change, closed = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  // Text being edited that is empty for now (an own question is never saved empty).
  const [editing, setEditing] = useState<Record<string, string>>({});
  const full = doc.ownQuestions.length >= OWN_QUESTIONS_FIELD.maxCount;
  const max = OWN_QUESTIONS_FIELD.maxLength;

  function add(): void {
    const value = draft.trim();
    if (!value || full) return;
    change((d) => setOwn(d, [...d.ownQuestions, { id: newId(), text: value.slice(0, max) }]));
    setDraft('');
  }

  function edit(questionId: string, value: string): void {
    if (value.trim() === '') {
      setEditing((e) => ({ ...e, [questionId]: value }));
      return;
    }
    setEditing((e) => {
      const rest = { ...e };
      delete rest[questionId];
      return rest;
    });
    change((d) => setOwn(d, d.ownQuestions.map((q) => (q.id === questionId ? { ...q, text: value.slice(0, max) } : q))));
  }

  function remove(questionId: string): void {
    change((d) => ({
      ...setOwn(
        d,
        d.ownQuestions.filter((q) => q.id !== questionId),
      ),
      sheet: { ...d.sheet, order: d.sheet.order.filter((x) => x !== questionId), starred: d.sheet.starred.filter((x) => x !== questionId) },
    }));
  }

  const body = (
    <>
      <p className="question-help">
        {text(OWN_QUESTIONS_FIELD.help)} {text(OWN_QUESTIONS_FIELD.limit, { max: OWN_QUESTIONS_FIELD.maxCount, length: max })}
      </p>
      <ol className="own-list">
        {doc.ownQuestions.map((question, index) => (
          <li key={question.id}>
            <label htmlFor={`${id}-${question.id}`} className="visually-hidden">
              {t('ownQuestions.editLabel', { n: index + 1 })}
            </label>
            <textarea
              id={`${id}-${question.id}`}
              rows={2}
              maxLength={max}
              value={editing[question.id] ?? question.text}
              dir="auto"
              onChange={(event) => edit(question.id, event.target.value)}
              onBlur={() => editing[question.id] !== undefined && remove(question.id)}
            />
            <button type="button" className="button-small" onClick={() => remove(question.id)}>
              {t('ownQuestions.remove', { n: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      {full ? (
        <p role="status">{t('ownQuestions.full', { max: OWN_QUESTIONS_FIELD.maxCount })}</p>
      ) : (
        <div className="own-add">
          <label htmlFor={`${id}-new`}>{t('ownQuestions.newLabel')}</label>
          <textarea id={`${id}-new`} rows={2} maxLength={max} dir="auto" value={draft} onChange={(event) => setDraft(event.target.value)} />
          <p className="char-count">{t('walkthrough.characters', { count: draft.length, max })}</p>
          <button type="button" className="button-secondary" onClick={add} disabled={!draft.trim()}>
            {t('ownQuestions.add')}
          </button>
        </div>
      )}
    </>
  );
  const title = text(OWN_QUESTIONS_FIELD.label);
  return closed ? (
    <details className="question own-questions" id="q-ownQuestions">
      <summary className="question-label">{title}</summary>
      {body}
    </details>
  ) : (
    <section className="question own-questions" id="q-ownQuestions" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="question-label">
        {title}
      </h2>
      {body}
    </section>
  );
}
