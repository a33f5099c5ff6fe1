import { useTranslation } from 'react-i18next';
import type { AnswerValue, AnswersDocument } from '../../../shared/answers/types';
import type { QuestionId } from '../../../shared/questionnaire/ids';
import { SECTIONS, isChoiceQuestion, type Question, type SectionId } from '../../../shared/questionnaire/model';
import { visibleQuestions } from '../../../shared/questionnaire/visibility';
import type { SourceId } from '../../../shared/references/registry';
import { SourceList } from '../components/Evidence';
import { OwnQuestions } from '../components/OwnQuestions';
import { QuestionField } from '../components/QuestionField';
import type { ContentText } from '../walkthrough/useContentText';
import { useAllText } from '../i18n';

interface Props {
  sectionId: SectionId;
  doc: AnswersDocument;
  change: (update: (doc: AnswersDocument) => AnswersDocument) => void;
  text: ContentText;
  onAnswer: (id: QuestionId, value: AnswerValue | undefined) => void;
  onOpenReferences: (id: SourceId) => void;
}

function KnowledgeFeedback({ question, value, text, onOpenReferences }: { question: Question; value: AnswerValue | undefined; text: ContentText; onOpenReferences: (id: SourceId) => void }) {
  const { t } = useTranslation();
  if (!isChoiceQuestion(question) || !question.knowledge || typeof value !== 'string') return null;
  const right = value === question.knowledge.correct;
  return (
    <div className={`feedback ${right ? 'feedback-right' : 'feedback-other'}`} role="status">
      <p>
        <strong>{right ? t('walkthrough.knowledge.right') : t('walkthrough.knowledge.other')}</strong> {text(question.knowledge.explanation)}
      </p>
      <SourceList ids={question.knowledge.sourceIds} text={text} onOpenReferences={onOpenReferences} />
    </div>
  );
}

export function SectionScreen({ sectionId, doc, change, text, onAnswer, onOpenReferences }: Props) {
  useAllText();
  const section = SECTIONS.find((s) => s.id === sectionId);
  const questions = visibleQuestions(doc).filter((q) => q.section === sectionId);
  if (!section) return null;
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {text(section.title)}
      </h1>
      <p className="lede">{text(section.intro)}</p>
      {questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          value={doc.answers[question.id]}
          perspective={doc.perspective}
          text={text}
          onChange={(value) => onAnswer(question.id, value)}
          feedback={<KnowledgeFeedback question={question} value={doc.answers[question.id]} text={text} onOpenReferences={onOpenReferences} />}
        />
      ))}
      {sectionId === 'stance' && <OwnQuestions doc={doc} text={text} change={change} />}
    </section>
  );
}
