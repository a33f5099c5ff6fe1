import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { NOTHING_STORED, resolvePreferences, type Preferences } from '../../shared/preferences';
import { App, prefetchScreens } from './App';
import { getBridge } from './bridge';
import { initI18n, loadAllText } from './i18n';

async function boot(): Promise<void> {
  const bridge = getBridge();
  let preferences: Preferences;
  try {
    preferences = await bridge.getPreferences();
  } catch {
    // The host could not answer; start with the browser's language and the defaults rather than not at all.
    preferences = resolvePreferences(NOTHING_STORED, navigator.languages, navigator.language);
  }
  // The saved answers are read while the text loads, not after the first render.
  const opening = bridge.loadAnswers();
  opening.catch(() => {}); // A failure is shown by the app; it must not count as unhandled here.
  const i18n = await initI18n(preferences.language);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App bridge={bridge} initialPreferences={preferences} opening={opening} />
      </I18nextProvider>
    </StrictMode>,
  );
  // The rest of the text (Learn, rules, sheet, references) loads while the person reads the first
  // screen, once the browser is idle, so it never competes with drawing that screen.
  requestIdleCallback(
    () => {
      void loadAllText(i18n);
      prefetchScreens();
    },
    { timeout: 2000 },
  );
}

void boot();
