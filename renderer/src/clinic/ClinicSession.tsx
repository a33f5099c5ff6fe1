// The app, and in clinic mode the session around it: the idle warning, and clearing. Clearing
// unmounts the app (its last autosave goes out first), erases what the host holds in memory, and
// mounts a fresh app at the welcome screen with the machine's default preferences, so nothing of
// one person (answers, route, settings, messages) can reach the next.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, DecisionAidApi } from '../../../shared/bridge/contract';
import type { Preferences } from '../../../shared/preferences';
import { App } from '../App';
import { useLateText } from '../i18n';
import type { Opened } from '../walkthrough/useAnswersDocument';
import { clinicStateOf } from './clinic-state';
import { ClinicContext } from './context';
import { IdleWarning } from './IdleWarning';

interface Props {
  bridge: DecisionAidApi;
  initialPreferences: Preferences;
  opened: Opened;
  appInfo: AppInfo | null;
}

export function ClinicSession(props: Props) {
  const clinic = clinicStateOf(props.appInfo);
  return clinic ? <ClinicApp {...props} idleMinutes={clinic.idleMinutes} /> : <App {...props} />;
}

function ClinicApp({ bridge, initialPreferences, opened, appInfo, idleMinutes }: Props & { idleMinutes: number }) {
  // The clinic's text is in the late part of common.json (shared/i18n/common-split.ts).
  useLateText();
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState({ generation: 0, preferences: initialPreferences, opened });
  const [clearing, setClearing] = useState(false);
  // Said once, to the person there when the app started again; never to the next one (after a clear).
  const [restartedNotice, setRestartedNotice] = useState(appInfo?.restartedForClinic === true);
  const mode = useMemo(
    () => ({
      finish: () => {
        setRestartedNotice(false);
        setClearing(true);
      },
      restartedNotice,
      dismissRestartedNotice: () => setRestartedNotice(false),
    }),
    [restartedNotice],
  );

  // Runs after the app has unmounted (child clean-ups come before this effect), so its final save
  // reaches the host before the erase, never after it.
  useEffect(() => {
    if (!clearing) return;
    let live = true;
    void (async () => {
      await bridge.eraseEverything().catch(() => undefined);
      const preferences = await bridge.getPreferences().catch(() => initialPreferences);
      await i18n.changeLanguage(preferences.language);
      if (!live) return;
      // Never the old answers, even if the erase failed: the next person starts empty.
      setSession((s) => ({ generation: s.generation + 1, preferences, opened: { outcome: { status: 'empty' } } }));
      setClearing(false);
    })();
    return () => {
      live = false;
    };
  }, [clearing, bridge, i18n, initialPreferences]);

  return (
    <ClinicContext.Provider value={mode}>
      {clearing ? (
        <p role="status" className="clinic-clearing">
          {t('clinic.clearing')}
        </p>
      ) : (
        <App key={session.generation} bridge={bridge} initialPreferences={session.preferences} opened={session.opened} appInfo={appInfo} />
      )}
      <IdleWarning idleMinutes={idleMinutes} onExpire={mode.finish} />
    </ClinicContext.Provider>
  );
}
