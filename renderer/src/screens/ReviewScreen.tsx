// Every answer that applies, section by section, each with a way to change it. Answers to
// questions that no longer apply are not here (they were dropped when an earlier answer changed).
// Layered (issue 18): the health and treatment answers, which decide the safety points, are shown
// open, with the questions left blank one activation away (their count shown); the person's values,
// knowledge check and stance are one activation away, with how many were answered.
import { useTranslation } from 'react-i18next';
import type { AnswerValue, AnswersDocument } from '../../../shared/answers/types';
import { CLINICAL_SECTIONS, isChoiceQuestion, type Question } from '../../../shared/questionnaire/model';
import { visibleSections } from '../../../shared/questionnaire/visibility';
import type { SectionId } from '../../../shared/questionnaire/model';
import type { QuestionId } from '../../../shared/questionnaire/ids';
import type { ContentText } from '../walkthrough/useContentText';
import { useAllText } from '../i18n';
import { TypedText } from '../components/TypedText';

interface Props {
  doc: AnswersDocument;
  text: ContentText;
  onChange: (section: SectionId, question: QuestionId) => void;
}

function answerText(question: Question, value: AnswerValue | undefined, text: ContentText): string | null {
  if (value === undefined) return null;
  if (!isChoiceQuestion(question)) return typeof value === 'string' ? value : null;
  const ids = typeof value === 'string' ? [value] : value;
  return ids
    .map((id) => question.options.find((o) => o.id === id))
    .filter((o) => o !== undefined)
    .map((o) => text(o.label))
    .join(', ');
}

export function ReviewScreen({ doc, text, onChange }: Props) {
  useAllText();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('review.title')}
      </h1>
      <p className="lede">{t('review.intro')}</p>
      {visibleSections(doc).map(({ section, questions }) => {
        const answerOf = (question: Question) => answerText(question, doc.answers[question.id], text);
        const list = (shown: readonly Question[]) => (
          <dl className="review-list">
            {shown.map((question) => {
              const answer = answerOf(question);
              return (
                <div key={question.id} className="review-item">
                  <dt>{text(question.label)}</dt>
                  <dd>
                    <span className={answer ? 'review-answer' : 'review-answer review-empty'}>{answer === null ? t('review.notAnswered') : isChoiceQuestion(question) ? answer : <TypedText>{answer}</TypedText>}</span>
                    <button
                      type="button"
                      className="button-small"
                      onClick={() => onChange(section.id, question.id)}
                      aria-label={t('review.changeLabel', { topic: text(question.topic) })}
                    >
                      {t('review.change')}
                    </button>
                  </dd>
                </div>
              );
            })}
          </dl>
        );
        const answered = questions.filter((question) => answerOf(question) !== null);
        const unanswered = questions.filter((question) => answerOf(question) === null);
        const title = <h2 id={`review-${section.id}`}>{text(section.title)}</h2>;
        return CLINICAL_SECTIONS.includes(section.id) ? (
          <section key={section.id} className="review-section" aria-labelledby={`review-${section.id}`}>
            {title}
            {answered.length > 0 && list(answered)}
            {/* The questions left blank, one activation away: "What your answers mean" names the safety ones next. */}
            {unanswered.length > 0 && (
              <details className="review-unanswered">
                <summary>{t('review.unanswered', { count: unanswered.length })}</summary>
                {list(unanswered)}
              </details>
            )}
          </section>
        ) : (
          <details key={section.id} className="review-more">
            <summary>
              {title} <span className="review-count">({t('review.answered', { count: questions.length, answered: answered.length })})</span>
            </summary>
            <section className="review-section" aria-labelledby={`review-${section.id}`}>
              {list(questions)}
            </section>
          </details>
        );
      })}
    </section>
  );
}
