import { useTranslation } from 'react-i18next';
import type { AnswerValue, AnswersDocument } from '../../../shared/answers/types';
import type { CrisisRegion } from '../../../shared/crisis/types';
import { answerIncludes } from '../../../shared/questionnaire/conditions';
import type { QuestionId } from '../../../shared/questionnaire/ids';
import { SECTIONS, isChoiceQuestion, type Question, type SectionId } from '../../../shared/questionnaire/model';
import { visibleOptions, visibleQuestions } from '../../../shared/questionnaire/visibility';
import type { SourceId } from '../../../shared/references/registry';
import { CrisisAlert } from '../components/CrisisHelp';
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
  /** Whose crisis numbers the self-harm alert shows. */
  country: CrisisRegion | null;
  /** Choose the country when it is not known (shown in the self-harm alert). */
  onCountry?: (country: CrisisRegion) => void;
  onAnswer: (id: QuestionId, value: AnswerValue | undefined) => void;
  onOpenReferences: (id: SourceId) => void;
  onOpenHelp: () => void;
  /** Set when the person came here to change an answer: back to where they came from. */
  onReturn?: () => void;
}

/** What a question shows under itself once answered: a knowledge check's feedback, or urgent help. */
function answerFeedback(question: Question, doc: AnswersDocument, props: Props): React.ReactNode {
  const value = doc.answers[question.id];
  if (question.id === 'selfHarm' && answerIncludes(value, ['yes', 'not-sure'])) {
    return (
      <CrisisAlert kind="self-harm" region={props.country} text={props.text} onOpenHelp={props.onOpenHelp} {...(props.onCountry ? { onRegion: props.onCountry } : {})} />
    );
  }
  // Low mood alone gets a gentler note (the self-harm alert, if shown, already says it all).
  if (question.id === 'mood' && answerIncludes(value, ['yes']) && !answerIncludes(doc.answers.selfHarm, ['yes', 'not-sure'])) {
    return <CrisisAlert kind="mood" region={props.country} text={props.text} onOpenHelp={props.onOpenHelp} />;
  }
  return <KnowledgeFeedback question={question} value={value} text={props.text} onOpenReferences={props.onOpenReferences} />;
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

/** The questions in runs: each run of ratings on one scale together, every other question alone. */
function questionRuns(questions: readonly Question[]): Question[][] {
  const runs: Question[][] = [];
  for (const question of questions) {
    const last = runs.at(-1);
    const previous = last?.at(-1);
    if (last && previous && question.type === 'rating' && previous.type === 'rating') last.push(question);
    else runs.push([question]);
  }
  return runs;
}

export function SectionScreen(props: Props) {
  const { sectionId, doc, change, text, onAnswer, onReturn } = props;
  useAllText();
  const { t } = useTranslation();
  const section = SECTIONS.find((s) => s.id === sectionId);
  const questions = visibleQuestions(doc).filter((q) => q.section === sectionId);
  if (!section) return null;
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {text(section.title)}
      </h1>
      <p className="lede">{text(section.intro)}</p>
      {questionRuns(questions).map((run) => {
        const fields = run.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            value={doc.answers[question.id]}
            perspective={doc.perspective}
            text={text}
            onChange={(value) => onAnswer(question.id, value)}
            feedback={answerFeedback(question, doc, props)}
            onOpenReferences={props.onOpenReferences}
          />
        ));
        const first = run[0];
        if (!first || first.type !== 'rating' || !isChoiceQuestion(first)) return fields;
        // Ratings on the same scale: where there is room, the scale's words are said once, above
        // them, and each rating shows its buttons only (each button keeps its own label for a
        // screen reader). Where there is no room, each rating shows its words as before (app.css).
        return (
          <div key={first.id} className="rating-set">
            <div className="rating-scale" aria-hidden="true">
              {visibleOptions(first, doc.perspective).map((option) => (
                <span key={option.id}>{text(option.label)}</span>
              ))}
            </div>
            {fields}
          </div>
        );
      })}
      {sectionId === 'stance' && <OwnQuestions doc={doc} text={text} change={change} />}
      {onReturn && (
        <p className="return-link">
          <button type="button" className="button-secondary" onClick={onReturn}>
            {t('meaning.backHere')}
          </button>
        </p>
      )}
    </section>
  );
}
