// "What your answers mean", between the review and the sheet: every flag the engine raised, in the
// order the sheet uses (urgent help, raise first, ask about), each with its full explanation, its
// certainty, its sources, the questions it adds to the sheet, and a way to change the answers behind
// it. Then the answers the person was not sure about, kept private or left blank, named one by one.
import { useTranslation } from 'react-i18next';
import type { AnswersDocument } from '../../../shared/answers/types';
import type { CrisisRegion } from '../../../shared/crisis/types';
import { emergencyPlace } from '../../../shared/crisis';
import { evaluate, type Flag } from '../../../shared/engine/evaluate';
import { meaningGroups, type FlagPart, type FlagPartKind, type MeaningGroupId, type ShownFlag } from '../../../shared/engine/meaning';
import { ALWAYS_QUESTION_IDS, PRESCRIBER_QUESTIONS, SAFETY_QUESTIONS } from '../../../shared/engine/rules';
import { answerIncludes, isAnswered } from '../../../shared/questionnaire/conditions';
import { NOT_SURE, PREFER_NOT, type QuestionId } from '../../../shared/questionnaire/ids';
import { CLINICAL_SECTIONS, getQuestion, type Question } from '../../../shared/questionnaire/model';
import { visibleQuestions } from '../../../shared/questionnaire/visibility';
import type { SourceId } from '../../../shared/references/registry';
import { CrisisNumbers } from '../components/CrisisHelp';
import { CertaintyBadge, firstOfEach, SourceList } from '../components/Evidence';
import { useAllText } from '../i18n';
import type { ContentText } from '../walkthrough/useContentText';

interface Props {
  doc: AnswersDocument;
  text: ContentText;
  country: CrisisRegion | null;
  /** Choose the country when it is not known (shown with the urgent flag). */
  onCountry?: (country: CrisisRegion) => void;
  onOpenReferences: (id: SourceId) => void;
  /** Go to the question, with a way back here. */
  onChangeAnswer: (question: QuestionId) => void;
}

// Each group's intro; "ask about" has none: its heading says it, and the lede says every point is on the sheet.
const GROUP_INTRO: Readonly<Partial<Record<MeaningGroupId, 'meaning.groupIntro.urgent' | 'meaning.groupIntro.raise-first'>>> = {
  urgent: 'meaning.groupIntro.urgent',
  'raise-first': 'meaning.groupIntro.raise-first',
};

const PART_CLASS: Readonly<Record<FlagPartKind, string | undefined>> = {
  key: 'meaning-key',
  warning: 'meaning-warning',
  'warning-again': 'meaning-warning-again',
  body: undefined,
};

function FlagView({ shown, props, explainCertainty }: { shown: ShownFlag; props: Props; explainCertainty: boolean }) {
  const { flag } = shown;
  const { t } = useTranslation();
  const { text, country, onOpenReferences, onChangeAnswer } = props;
  const params = { ...flag.params, place: text(emergencyPlace(country)) };
  // An urgent flag: what to do and the numbers to call first; a shared warning after them, not in bold.
  const isWarning = (part: FlagPart) => part.kind === 'warning' || part.kind === 'warning-again';
  const lead = flag.urgent ? shown.parts.filter((part) => !isWarning(part)) : shown.parts;
  const after = flag.urgent ? shown.parts.filter(isWarning) : [];
  const partView = (part: FlagPart) => (
    <p key={part.kind} className={PART_CLASS[part.kind]}>
      {part.kind === 'warning' && !flag.urgent ? <strong>{text(part.text, params)}</strong> : text(part.text, params)}
    </p>
  );
  // When the flag lists exactly the answers behind it (by their topics), each item's answer, in order.
  const topics = flag.answerIds.map((id) => text(getQuestion(id).topic));
  const itemAnswers =
    flag.items.length === flag.answerIds.length && flag.items.every((item) => topics.includes(text(item)))
      ? flag.items.map((item) => flag.answerIds[topics.indexOf(text(item))])
      : null;
  return (
    <article className={`meaning-flag meaning-${flag.urgent ? 'urgent' : flag.severity}`} id={`flag-${flag.id}`} aria-labelledby={`flag-${flag.id}-title`}>
      <h3 id={`flag-${flag.id}-title`}>{text(flag.title)}</h3>
      {lead.map(partView)}
      {flag.items.length > 0 && (
        <ul className="meaning-items">
          {flag.items.map((item, index) => {
            // An item that names one of the answers behind the flag has its "Change" beside it (said once).
            const answer = itemAnswers?.[index];
            return (
              <li key={item.key}>
                {text(item)}
                {answer && (
                  <>
                    {' '}
                    <button type="button" className="button-small" aria-label={t('meaning.changeAnswer', { topic: text(getQuestion(answer).topic) })} onClick={() => onChangeAnswer(answer)}>
                      {t('review.change')}
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {flag.urgent && <CrisisNumbers region={country} text={text} {...(props.onCountry ? { onRegion: props.onCountry } : {})} />}
      {after.map(partView)}
      <p className="meaning-certainty">
        {flag.certainty ? <CertaintyBadge certainty={flag.certainty} text={text} explain={explainCertainty} /> : <span className="certainty">{t('meaning.fromYourAnswers')}</span>}
      </p>
      <SourceList ids={flag.sourceIds} text={text} onOpenReferences={onOpenReferences} />
      {/* The questions themselves are on the next screen, the sheet: here one activation away (issue 18). */}
      {flag.questionIds.length > 0 && (
        <details className="meaning-added">
          <summary>{t('meaning.questionsAdded', { count: flag.questionIds.length })}</summary>
          <ul className="meaning-questions">
            {flag.questionIds.map((id) => (
              <li key={id}>{text(PRESCRIBER_QUESTIONS[id].text)}</li>
            ))}
          </ul>
        </details>
      )}
      {flag.answerIds.length > 0 && !itemAnswers && (
        <p className="meaning-change">
          {flag.answerIds.map((id) => (
            <button key={id} type="button" className="button-small" onClick={() => onChangeAnswer(id)}>
              {t('meaning.changeAnswer', { topic: text(getQuestion(id).topic) })}
            </button>
          ))}
        </p>
      )}
    </article>
  );
}

/**
 * The answers to go over: not sure, kept private, or (for safety questions) left blank; each named
 * once on the screen (issue 18 §5): those a flag above already names, with a way to change them, are left out.
 */
function openAnswers(doc: AnswersDocument, flags: readonly Flag[]): Record<'notSure' | 'preferNot' | 'notAnswered', Question[]> {
  const named = new Set(flags.flatMap((flag) => flag.answerIds));
  const shown = visibleQuestions(doc).filter((q) => !named.has(q.id));
  const clinical = shown.filter((q) => CLINICAL_SECTIONS.includes(q.section));
  return {
    notSure: clinical.filter((q) => answerIncludes(doc.answers[q.id], [NOT_SURE])),
    preferNot: clinical.filter((q) => answerIncludes(doc.answers[q.id], [PREFER_NOT])),
    notAnswered: shown.filter((q) => SAFETY_QUESTIONS.includes(q.id) && !isAnswered(doc.answers[q.id])),
  };
}

export function MeaningScreen(props: Props) {
  useAllText();
  const { t } = useTranslation();
  const { doc, text, onChangeAnswer } = props;
  const { flags } = evaluate(doc);
  const open = openAnswers(doc, flags);
  const groups = meaningGroups(flags);
  // What each certainty label means is said once, at its first flag (screen readers).
  const inOrder = groups.flatMap((g) => g.flags.map((f) => f.flag));
  const firsts = firstOfEach(inOrder.map((f) => f.certainty));
  const explained = new Set(inOrder.filter((_, i) => firsts[i]).map((f) => f.id));
  const anyOpen = open.notSure.length + open.preferNot.length + open.notAnswered.length > 0;
  return (
    <section aria-labelledby="screen-title" className="meaning">
      <h1 id="screen-title" tabIndex={-1}>
        {t('meaning.title')}
      </h1>
      <p className="lede">{t('meaning.intro')}</p>
      {flags.length === 0 && (
        <section className="meaning-group" aria-labelledby="meaning-nothing">
          <h2 id="meaning-nothing">{t('meaning.nothingTitle')}</h2>
          <p>{t('meaning.nothing')}</p>
          <p>{t('meaning.stillAsks')}</p>
          <ul className="meaning-questions">
            {ALWAYS_QUESTION_IDS.map((id) => (
              <li key={id}>{text(PRESCRIBER_QUESTIONS[id].text)}</li>
            ))}
          </ul>
        </section>
      )}
      {groups.map(({ id, flags: group }) => {
        return (
          <section key={id} className="meaning-group" aria-labelledby={`meaning-${id}`}>
            <h2 id={`meaning-${id}`}>{t(`meaning.groups.${id}`)}</h2>
            {GROUP_INTRO[id] && <p className="meaning-group-intro">{t(GROUP_INTRO[id])}</p>}
            {group.map((shown) => (
              <FlagView key={shown.flag.id} shown={shown} props={props} explainCertainty={explained.has(shown.flag.id)} />
            ))}
          </section>
        );
      })}
      {anyOpen && (
        <section className="meaning-group" aria-labelledby="meaning-open">
          <h2 id="meaning-open">{t('meaning.openTitle')}</h2>
          {(['notSure', 'preferNot', 'notAnswered'] as const).map((kind) =>
            open[kind].length === 0 ? null : (
              <div key={kind} className="meaning-open" data-open={kind}>
                <p>{t(`meaning.open.${kind}`, { list: open[kind].map((q) => text(q.topic)).join(', ') })}</p>
                <p className="meaning-change">
                  {open[kind].map((q) => (
                    <button key={q.id} type="button" className="button-small" onClick={() => onChangeAnswer(q.id)}>
                      {t('meaning.changeAnswer', { topic: text(q.topic) })}
                    </button>
                  ))}
                </p>
              </div>
            ),
          )}
        </section>
      )}
    </section>
  );
}
