import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, DecisionAidApi } from '../../shared/bridge/contract';
import type { Language } from '../../shared/i18n/languages';
import { LanguagePicker } from './components/LanguagePicker';
import { Welcome } from './screens/Welcome';

interface Props {
  bridge: DecisionAidApi;
}

export function App({ bridge }: Props) {
  const { t, i18n } = useTranslation();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    bridge.getAppInfo().then(setAppInfo, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [bridge]);

  async function changeLanguage(language: Language): Promise<void> {
    await i18n.changeLanguage(language);
    setAnnouncement(t('language.changed', { lng: language }));
    try {
      await bridge.setLanguage({ language });
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <LanguagePicker onChange={(language) => void changeLanguage(language)} />
      </header>
      <main id="main" tabIndex={-1}>
        {error && (
          <p role="alert" className="error">
            {t('errors.bridge', { message: error })}
          </p>
        )}
        <Welcome />
      </main>
      <footer className="app-footer">
        <p data-testid="app-version">{appInfo ? t('app.version', { version: appInfo.version }) : '\u00a0'}</p>
      </footer>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
