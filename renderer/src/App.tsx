import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, DecisionAidApi } from '../../shared/bridge/contract';
import type { Preferences, PreferencesPatch } from '../../shared/preferences';
import { SettingsPanel } from './components/SettingsPanel';
import { usePreferences } from './preferences/usePreferences';
import { Welcome } from './screens/Welcome';

interface Props {
  bridge: DecisionAidApi;
  initialPreferences: Preferences;
}

export function App({ bridge, initialPreferences }: Props) {
  const { t } = useTranslation();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { preferences, update, saveError } = usePreferences(bridge, initialPreferences);

  useEffect(() => {
    bridge.getAppInfo().then(setAppInfo, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [bridge]);

  function changePreferences(patch: PreferencesPatch): void {
    if (patch.language) setAnnouncement(t('language.changed', { lng: patch.language }));
    void update(patch);
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <SettingsPanel preferences={preferences} onChange={changePreferences} />
      </header>
      <main id="main" tabIndex={-1}>
        {error && (
          <p role="alert" className="error">
            {t('errors.bridge', { message: error })}
          </p>
        )}
        {saveError && (
          <p role="alert" className="error">
            {t('settings.saveFailed', { message: saveError })}
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
