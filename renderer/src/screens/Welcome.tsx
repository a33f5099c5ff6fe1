import { useTranslation } from 'react-i18next';

// Minutes the whole walkthrough is expected to take (product brief: 10 to 15).
const MINUTES_NEEDED = 15;

export function Welcome() {
  const { t } = useTranslation();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" tabIndex={-1}>
        {t('welcome.title')}
      </h1>
      <p className="lede">{t('welcome.lede')}</p>
      <ul className="facts">
        <li>{t('welcome.whatYouDo')}</li>
        <li>{t('welcome.time', { count: MINUTES_NEEDED })}</li>
        <li>{t('welcome.privacy')}</li>
        <li>{t('welcome.notAdvice')}</li>
      </ul>
    </section>
  );
}
