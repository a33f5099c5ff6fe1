// The first screen is prerendered at build time (./prerender.tsx, into index.html) with the inputs
// below, and hydrated when the page starts with the same inputs; otherwise (another language, saved
// answers, clinic mode, changed display settings) it is rendered afresh over the prerendered HTML.
// One tree for both, so what is hydrated is exactly what was prerendered.
import { StrictMode, useEffect, useRef, type ComponentProps, type ComponentType } from 'react';
import type { i18n } from 'i18next';
import type { AppInfo, DecisionAidApi } from '../../shared/bridge/contract';
import { APP_LIVE_ATTRIBUTE } from '../../shared/app-live';
import { FALLBACK_LANGUAGE } from '../../shared/i18n/languages';
import { DEFAULT_DISPLAY, type Preferences } from '../../shared/preferences';
import { App } from './App';
import { LoadFailed } from './components/LoadFailure';
import { TextProvider } from './text-context';
import type { Opened } from './walkthrough/useAnswersDocument';

export interface StartState {
  preferences: Preferences;
  opened: Opened;
  appInfo: AppInfo | null;
}

/** What the prerendered screen shows: the default language and display, nothing saved, not a clinic. */
export const PRERENDERED: StartState = {
  preferences: {
    language: FALLBACK_LANGUAGE,
    languageChosen: false,
    ...DEFAULT_DISPLAY,
    // Neither is shown on the first screen.
    paperSize: 'A4',
    country: null,
  },
  opened: { outcome: { status: 'empty' } },
  appInfo: { name: __APP_NAME__, version: __APP_VERSION__, clinic: null, restartedForClinic: false },
};

/**
 * Whether the page starts as prerendered, so hydrating cannot mismatch. Only what the first screen
 * shows is compared: the language, the display settings, the answers (none) and the app's version.
 */
export function matchesPrerender({ preferences, opened, appInfo }: StartState, pseudoRtl: boolean): boolean {
  const shown = PRERENDERED.preferences;
  return (
    !pseudoRtl &&
    preferences.language === shown.language &&
    preferences.theme === shown.theme &&
    preferences.textSize === shown.textSize &&
    preferences.readingSpeed === shown.readingSpeed &&
    'outcome' in opened &&
    opened.outcome.status === 'empty' &&
    appInfo !== null &&
    !appInfo.clinic &&
    appInfo.version === PRERENDERED.appInfo?.version
  );
}

/**
 * Whether the clinic session (idle timer, clearing) must be loaded before the first render: in clinic
 * mode, and when the host could not say (a page that cannot tell must act as if it were a clinic's).
 */
export function needsClinicSession(appInfo: AppInfo | null): boolean {
  return appInfo === null || Boolean(appInfo.clinic);
}

/**
 * The whole page: the app, or in clinic mode the session around it (`Session`, loaded apart).
 * `i18n`: null when the prerendered screen is hydrated (its early text stands in until i18next loads).
 * `onLive`: called once, when the page answers clicks (after the app's own effects).
 */
export function FirstScreen(
  props: StartState & { bridge: DecisionAidApi; i18n: i18n | null; Session?: ComponentType<ComponentProps<typeof App>> | undefined; onLive?: () => void },
) {
  const { i18n, Session = App, bridge, preferences, opened, appInfo, onLive } = props;
  return (
    <StrictMode>
      <TextProvider i18n={i18n}>
        <Session bridge={bridge} initialPreferences={preferences} opened={opened} appInfo={appInfo} />
        <MarkLive onLive={onLive} />
      </TextProvider>
    </StrictMode>
  );
}

/**
 * The page could not start (its code or its text could not be loaded): the way out in place of a
 * prerendered screen that would do nothing. In English when i18next itself did not load (`i18n` null).
 */
export function StartFailed({ i18n }: { i18n: i18n | null }) {
  return (
    <StrictMode>
      <TextProvider i18n={i18n}>
        <div className="app">
          <main id="main" tabIndex={-1}>
            <LoadFailed whole />
          </main>
        </div>
        <MarkLive onLive={undefined} />
      </TextProvider>
    </StrictMode>
  );
}

/** Says, on <html>, that the page now answers clicks (not only the prerendered HTML). Renders nothing. */
function MarkLive({ onLive }: { onLive: (() => void) | undefined }) {
  const live = useRef(onLive);
  useEffect(() => {
    document.documentElement.setAttribute(APP_LIVE_ATTRIBUTE, '');
    // Once, even if StrictMode runs effects twice in development.
    const callback = live.current;
    live.current = undefined;
    callback?.();
  }, []);
  return null;
}
