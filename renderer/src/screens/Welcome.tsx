import { useSyncExternalStore } from 'react';
import { useText } from '../text-context';
import { EVIDENCE_REVIEWED_ON, evidenceIsOverdue } from '../../../shared/content/meta';
import { READING_LOAD } from '../../../shared/content/reading-load';
import { pathMinutes } from '../../../shared/content/reading-time';
import { PERSPECTIVES, type Perspective } from '../../../shared/content/text';
import { useClinic } from '../clinic/context';
import { longDate } from '../long-date';


interface Props {
  perspective: Perspective;
  onPerspective: (perspective: Perspective) => void;
}

// Today's date is read when the screen renders; nothing needs to announce a change.
const noChanges = () => () => undefined;
const overdueToday = () => evidenceIsOverdue(new Date());

export function Welcome({ perspective, onPerspective }: Props) {
  const { t, language } = useText();
  const clinic = useClinic();
  // The prerendered HTML, and the hydration over it, say nothing (the server snapshot): the build's
  // date is not today's. Once hydrated, React re-renders with today's answer.
  const overdue = useSyncExternalStore(noChanges, overdueToday, () => false);
  return (
    <section className="welcome" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('welcome.title')}
      </h1>
      <p className="lede decision">{t('welcome.decision')}</p>
      <ul className="facts">
        <li>{t('welcome.whatYouDo')}</li>
        <li>{t(clinic ? 'welcome.timeClinic' : 'welcome.time', { count: pathMinutes(language, READING_LOAD) })}</li>
        <li>{t(clinic ? 'welcome.privacyClinic' : 'welcome.privacy')}</li>
        <li>{t('welcome.notAdvice')}</li>
      </ul>
      {overdue && <p className="welcome-overdue">{t('welcome.reviewOverdue', { date: longDate(EVIDENCE_REVIEWED_ON, language) })}</p>}
      <fieldset className="question perspective" id="q-perspective">
        <legend className="question-label">{t('perspective.label')}</legend>
        <div className="options">
          {PERSPECTIVES.map((option) => (
            <div className="option" key={option}>
              <input
                type="radio"
                id={`perspective-${option}`}
                name="perspective"
                value={option}
                checked={perspective === option}
                onChange={() => onPerspective(option)}
              />
              <label htmlFor={`perspective-${option}`}>{t(`perspective.options.${option}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
