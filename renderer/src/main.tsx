import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/app.css';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { PART_WANTED_EVENT } from '../../shared/app-live';
import { NOTHING_STORED, resolvePreferences, type Preferences } from '../../shared/preferences';
import { loadFirstScreenParts, prefetchScreens } from './App';
import { getBridge, pseudoRtlForTests } from './bridge';
import { FirstScreen, matchesPrerender, needsClinicSession, StartFailed } from './first-screen';
import { loadedI18next, loadI18next, setI18nextStart } from './i18next-loader';
import { openDetailsForPrint } from './print/open-details';
import { openAnswers } from './walkthrough/useAnswersDocument';

/** After the first screen is painted (the frame after this one) and once the browser is idle. */
const afterFirstPaint = (work: () => void) => requestAnimationFrame(() => setTimeout(() => requestIdleCallback(work, { timeout: 2000 })));

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
  const pseudoRtl = pseudoRtlForTests();
  setI18nextStart(preferences.language, pseudoRtl);
  const [opened, appInfo] = await Promise.all([opening, gettingAppInfo]);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const start = { preferences, opened, appInfo };

  // The rest of the text (Learn, rules, sheet, references) and the other screens load while the
  // person reads the first screen, so they never compete with drawing it.
  const loadTheRest = () => {
    // Text or code that cannot be loaded now is not drawn later: the screen that needs it says so
    // instead (requireText in ./i18n.ts, components/LoadFailure.tsx).
    Promise.all([loadI18next(), import('./i18n')])
      .then(([i18n, { loadAllText }]) => loadAllText(i18n))
      .catch(() => undefined);
    prefetchScreens();
  };

  if (matchesPrerender(start, pseudoRtl)) {
    // The page shows what was prerendered: bring it to life, with the early text (i18next is not even
    // loaded yet). i18next, the parts loaded apart and the late part of the common text they show
    // follow in idle time once the first screen answers clicks: they never delay it. Until then the
    // parts keep their prerendered HTML. The rest follows once they are hydrated.
    const onLive = () => afterFirstPaint(() => void loadFirstScreenParts().finally(() => afterFirstPaint(loadTheRest)));
    // Not waiting for idle time once the person starts using the page, or presses a part not yet here
    // (held meanwhile: renderer/early/hold-early-clicks.ts): load the parts now.
    for (const type of ['pointerdown', 'keydown', PART_WANTED_EVENT]) {
      document.addEventListener(type, () => void loadFirstScreenParts(), { once: true, capture: true });
    }
    hydrateRoot(container, <FirstScreen {...start} bridge={bridge} i18n={null} onLive={onLive} />);
  } else {
    // Another language, saved answers, other settings, or a clinic: drawn afresh over the prerendered
    // HTML, once i18next and the parts loaded apart are here, so nothing pops in afterwards.
    const [session, i18n] = await Promise.all([
      needsClinicSession(appInfo) ? import('./clinic/ClinicSession') : null,
      loadI18next(),
      loadFirstScreenParts(),
    ]);
    const root = createRoot(container);
    // Everything the first screen needs is here: draw it now rather than in a later task.
    flushSync(() => root.render(<FirstScreen {...start} bridge={bridge} i18n={i18n} Session={session?.ClinicSession} />));
    afterFirstPaint(loadTheRest);
  }
}

/** The page could not start (code or text that did not load): say so, with the way out, in place of a screen that would do nothing. */
function showStartFailure(error: unknown): void {
  console.error(error);
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<StartFailed i18n={loadedI18next()} />);
}

boot().catch(showStartFailure);
