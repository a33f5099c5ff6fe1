import { useTranslation } from 'react-i18next';
import { PERSPECTIVES, type Perspective } from '../../../shared/content/text';
import { useClinic } from '../clinic/context';

// Minutes the whole walkthrough is expected to take (product brief: 10 to 15).
const MINUTES_NEEDED = 15;

interface Props {
  perspective: Perspective;
  onPerspective: (perspective: Perspective) => void;
}

export function Welcome({ perspective, onPerspective }: Props) {
  const { t } = useTranslation();
  const clinic = useClinic();
  return (
    <section className="welcome" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('welcome.title')}
      </h1>
      <p className="lede">{t('welcome.lede')}</p>
      <p className="decision">{t('welcome.decision')}</p>
      <ul className="facts">
        <li>{t('welcome.whatYouDo')}</li>
        <li>{t(clinic ? 'welcome.timeClinic' : 'welcome.time', { count: MINUTES_NEEDED })}</li>
        <li>{t(clinic ? 'welcome.privacyClinic' : 'welcome.privacy')}</li>
        <li>{t('welcome.notAdvice')}</li>
      </ul>
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
