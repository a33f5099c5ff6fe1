import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { NOTHING_STORED, resolvePreferences, type Preferences } from '../../shared/preferences';
import { prefetchScreens } from './App';
import { getBridge, pseudoRtlForTests } from './bridge';
import { ClinicSession } from './clinic/ClinicSession';
import { initI18n, loadAllText } from './i18n';
import { openDetailsForPrint } from './print/open-details';
import { openAnswers } from './walkthrough/useAnswersDocument';

async function boot(): Promise<void> {
  openDetailsForPrint(window);
  const bridge = await getBridge();
  // The saved answers are read while the preferences and the text load, so the first render already
  // has them.
  const opening = openAnswers(bridge);
  // The app's name and version (footer, About), asked for with the rest so the first screen has them.
  const gettingAppInfo = bridge.getAppInfo().catch(() => null);
  let preferences: Preferences;
  try {
    preferences = await bridge.getPreferences();
  } catch {
    // The host could not answer; start with the browser's language and the defaults rather than not at all.
    preferences = resolvePreferences(NOTHING_STORED, navigator.languages, navigator.language);
  }
  const [i18n, opened, appInfo] = await Promise.all([initI18n(preferences.language, { pseudoRtl: pseudoRtlForTests() }), opening, gettingAppInfo]);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  // Everything the first screen needs is here: draw it now rather than in a later task.
  flushSync(() =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <ClinicSession bridge={bridge} initialPreferences={preferences} opened={opened} appInfo={appInfo} />
        </I18nextProvider>
      </StrictMode>,
    ),
  );
  // The rest of the text (Learn, rules, sheet, references) and the other screens load while the
  // person reads the first screen: after it is painted (the frame after this one) and once the
  // browser is idle, so they never compete with drawing it.
  requestAnimationFrame(() =>
    setTimeout(() =>
      requestIdleCallback(
        () => {
          void loadAllText(i18n);
          prefetchScreens();
        },
        { timeout: 2000 },
      ),
    ),
  );
}

void boot();
