import { useTranslation } from 'react-i18next';
import type { Perspective } from '../../../shared/content/text';
import { PERSPECTIVE_FIELD } from '../../../shared/questionnaire/model';
import type { ContentText } from '../walkthrough/useContentText';

// Minutes the whole walkthrough is expected to take (product brief: 10 to 15).
const MINUTES_NEEDED = 15;

interface Props {
  perspective: Perspective;
  text: ContentText;
  onPerspective: (perspective: Perspective) => void;
}

export function Welcome({ perspective, text, onPerspective }: Props) {
  const { t } = useTranslation();
  return (
    <section className="welcome" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('welcome.title')}
      </h1>
      <p className="lede">{t('welcome.lede')}</p>
      <ul className="facts">
        <li>{t('welcome.whatYouDo')}</li>
        <li>{t('welcome.time', { count: MINUTES_NEEDED })}</li>
        <li>{t('welcome.privacy')}</li>
        <li>{t('welcome.notAdvice')}</li>
      </ul>
      <fieldset className="question perspective" id="q-perspective">
        <legend className="question-label">{text(PERSPECTIVE_FIELD.label)}</legend>
        <div className="options">
          {PERSPECTIVE_FIELD.options.map((option) => (
            <div className="option" key={option.id}>
              <input
                type="radio"
                id={`perspective-${option.id}`}
                name="perspective"
                value={option.id}
                checked={perspective === option.id}
                onChange={() => onPerspective(option.id)}
              />
              <label htmlFor={`perspective-${option.id}`}>{text(option.label)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
