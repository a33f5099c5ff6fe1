// One question from the questionnaire model: radios, checkboxes, a 1–5 rating or a text box,
// always with its label and help tied to the control for screen readers.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../../shared/answers/types';
import type { Perspective } from '../../../shared/content/text';
import { isChoiceQuestion, type Question } from '../../../shared/questionnaire/model';
import { visibleOptions } from '../../../shared/questionnaire/visibility';
import type { SourceId } from '../../../shared/references/registry';
import type { ContentText } from '../walkthrough/useContentText';
import { SourceList } from './Evidence';

interface Props {
  question: Question;
  value: AnswerValue | undefined;
  perspective: Perspective;
  text: ContentText;
  onChange: (value: AnswerValue | undefined) => void;
  /** Shown under a knowledge question once answered. */
  feedback?: React.ReactNode;
  /** Opens a source of the help text on the References page. */
  onOpenReferences?: (id: SourceId) => void;
}

export function QuestionField({ question, value, perspective, text, onChange, feedback, onOpenReferences }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const helpId = `${id}-help`;
  // A help text that states a medical fact shows its sources, as Learn statements do.
  const help = question.help ? (
    <>
      <p id={helpId} className="question-help">
        {text(question.help)}
      </p>
      {question.more && (
        <details className="question-more">
          <summary>{text(question.more.summary)}</summary>
          <p>{text(question.more.text)}</p>
        </details>
      )}
      <SourceList ids={question.helpSourceIds ?? []} text={text} {...(onOpenReferences ? { onOpenReferences } : {})} />
    </>
  ) : null;

  if (!isChoiceQuestion(question)) {
    const typed = typeof value === 'string' ? value : '';
    const counterId = `${id}-count`;
    return (
      <div className="question" id={`q-${question.id}`}>
        <label htmlFor={id} className="question-label">
          {text(question.label)}
        </label>
        {help}
        <textarea
          id={id}
          value={typed}
          dir="auto"
          maxLength={question.maxLength}
          rows={3}
          aria-describedby={[question.help ? helpId : '', counterId].filter(Boolean).join(' ')}
          onChange={(event) => onChange(event.target.value.slice(0, question.maxLength) || undefined)}
        />
        <p id={counterId} className="char-count">
          {t('walkthrough.characters', { count: typed.length, max: question.maxLength })}
        </p>
      </div>
    );
  }

  const options = visibleOptions(question, perspective);
  const multi = question.type === 'multi';
  const chosen = new Set(typeof value === 'string' ? [value] : (value ?? []));
  return (
    <fieldset className={`question question-${question.type}`} id={`q-${question.id}`} aria-describedby={question.help ? helpId : undefined}>
      <legend className="question-label">{text(question.label)}</legend>
      {help}
      {multi && <p className="question-hint">{t('walkthrough.chooseAll')}</p>}
      <div className={question.type === 'rating' ? 'options options-rating' : 'options'}>
        {options.map((option) => {
          const optionId = `${id}-${option.id}`;
          return (
            <div className="option" key={option.id}>
              <input
                id={optionId}
                type={multi ? 'checkbox' : 'radio'}
                name={id}
                value={option.id}
                checked={chosen.has(option.id)}
                onChange={(event) => {
                  if (!multi) onChange(option.id);
                  else if (event.target.checked) onChange([...chosen, option.id]);
                  else onChange([...chosen].filter((v) => v !== option.id));
                }}
              />
              <label htmlFor={optionId}>{question.type === 'rating' ? <span className="rating-label">{text(option.label)}</span> : text(option.label)}</label>
            </div>
          );
        })}
      </div>
      {feedback}
    </fieldset>
  );
}
