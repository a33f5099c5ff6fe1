import { Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import { emptyAnswers } from '../../shared/answers/empty';
import type { AnswersDocument } from '../../shared/answers/types';
import type { AppInfo, DecisionAidApi } from '../../shared/bridge/contract';
import type { Preferences, PreferencesPatch } from '../../shared/preferences';
import type { QuestionId } from '../../shared/questionnaire/ids';
import { getQuestion } from '../../shared/questionnaire/model';
import { pruneHiddenAnswers, withAnswer } from '../../shared/questionnaire/visibility';
import type { SourceId } from '../../shared/references/registry';
import { ClinicBadge } from './clinic/ClinicBadge';
import { useClinic } from './clinic/context';
import { RestartedNotice } from './clinic/RestartedNotice';
import { askForPrinterChoice } from './clinic/printer-request';
import { DataMessage } from './components/DataMessage';
import { LoadFailureBoundary } from './components/LoadFailure';
import { loadI18next, loadLateText } from './i18next-loader';
import { usePreferences } from './preferences/usePreferences';
import { Welcome } from './screens/Welcome';
import { readyToPrint } from './sheet/ready-to-print';
import { preloadable } from './walkthrough/preloadable';
import { useText } from './text-context';
import { useStableCallback } from './use-stable-callback';
import { Progress } from './walkthrough/Progress';
import { StepNav } from './walkthrough/StepNav';
import { WELCOME, indexOfStep, stepFromKey, stepKey, stepsFor, type Step } from './walkthrough/steps';
import { useAnswersDocument, type LoadNotice, type Opened } from './walkthrough/useAnswersDocument';
import { useContentText, type ContentText } from './walkthrough/useContentText';

/** A component loaded apart, with i18next: everything loaded apart uses react-i18next, so it needs i18next there. */
function apart<P extends object>(load: () => Promise<ComponentType<P>>, options?: Parameters<typeof preloadable>[1]) {
  return preloadable(() => Promise.all([load(), loadI18next()]).then(([component]) => component), options);
}

// Every screen after the welcome is loaded apart, so the first screen comes up fast; they are all
// fetched in idle time right after it (prefetchScreens), so moving on does not wait.
const section = apart(() => import('./screens/SectionScreen').then((m) => m.SectionScreen));
const learn = apart(() => import('./screens/LearnScreen').then((m) => m.LearnScreen));
const options = apart(() => import('./screens/OptionsScreen').then((m) => m.OptionsScreen));
const review = apart(() => import('./screens/ReviewScreen').then((m) => m.ReviewScreen));
const meaning = apart(() => import('./screens/MeaningScreen').then((m) => m.MeaningScreen));
const sheetStep = apart(() => import('./sheet/SheetStep').then((m) => m.SheetStep));
const urgent = apart(() => import('./screens/InfoPages').then((m) => m.UrgentHelpPage));
const references = apart(() => import('./screens/InfoPages').then((m) => m.ReferencesPage));
const about = apart(() => import('./screens/InfoPages').then((m) => m.AboutPage));
// What the first screen shows besides the welcome text is loaded apart too, with the late part of the
// common text it shows (LATE_TEXT): in the prerendered page its HTML is there from the start
// and is hydrated when its code and text arrive, in idle time after the first screen
// (loadFirstScreenParts); otherwise the first render waits for them.
const settingsPanel = apart(() => import('./components/SettingsPanel').then((m) => m.SettingsPanel), { whenAsked: true });
const dataActionsPart = apart(() => import('./components/DataActions').then((m) => m.DataActions), { whenAsked: true });
const readAloud = apart(() => import('./read-aloud/ReadAloud').then((m) => m.ReadAloud), { whenAsked: true });
export function loadFirstScreenParts(): Promise<unknown> {
  // The code (and i18next) first, then the text: i18next arriving, and text arriving, re-render the app
  // (text-context.tsx), and a prerendered part whose code is not here yet would then be drawn afresh
  // instead of hydrated.
  // A part whose code cannot be loaded says so in its own place (LoadFailureBoundary) when it renders;
  // the rest of the page goes on without it.
  return Promise.allSettled([settingsPanel, dataActionsPart, readAloud].map((part) => part.preload()))
    .then(loadLateText)
    .catch(ignoreHere);
}
export function prefetchScreens(): void {
  for (const screen of [section, learn, options, review, meaning, sheetStep, urgent, references, about]) screen.preload().catch(ignoreHere);
}
/** Code fetched ahead of time that did not arrive: the screen says so if it is opened (LoadFailureBoundary). */
const ignoreHere = () => undefined;
const SettingsPanel = settingsPanel.Part;
const DataActions = dataActionsPart.Part;
const ReadAloud = readAloud.Part;
const SectionScreen = section.Screen;
const LearnScreen = learn.Screen;
const OptionsScreen = options.Screen;
const ReviewScreen = review.Screen;
const MeaningScreen = meaning.Screen;
const SheetStep = sheetStep.Screen;
const UrgentHelpPage = urgent.Screen;
const ReferencesPage = references.Screen;
const AboutPage = about.Screen;

interface Props {
  bridge: DecisionAidApi;
  initialPreferences: Preferences;
  /** The saved answers (or why they could not be read), asked for at start while the text loads. */
  opened: Opened;
  /** The app's name and version as the host gave them at start; null when it could not say. */
  appInfo: AppInfo | null;
}

type InfoPage = 'help' | 'references' | 'about';

/**
 * Where the app is: a step of the walkthrough, or a page reachable from anywhere. `focus` names the
 * element to focus on arrival; `returnTo` is where "Back" leads (an info page), or the step a
 * "change this answer" link came from (offered as a way back on the question's screen).
 */
type Route =
  | { readonly kind: 'step'; readonly step: Step; readonly focus?: string; readonly returnTo?: Step }
  | { readonly kind: 'page'; readonly page: InfoPage; readonly reference: SourceId | null; readonly returnTo?: Step };

/** Switching between "me" and "my child" drops answers that no longer apply (e.g. an age group). */
function withPerspective(doc: AnswersDocument, perspective: AnswersDocument['perspective']): AnswersDocument {
  return doc.perspective === perspective ? doc : pruneHiddenAnswers({ ...doc, perspective, updatedAt: new Date().toISOString() });
}

/** Where a document says the person was: on opening the app, and after an import or erase. */
function resumePoint(doc: AnswersDocument): { route: Route; visited: ReadonlySet<string> } {
  const steps = stepsFor(doc);
  const saved = doc.progress;
  const step = saved ? stepFromKey(saved.step, steps) : null;
  const known = new Set(steps.map(stepKey));
  return {
    route: { kind: 'step', step: step ?? WELCOME },
    visited: new Set([stepKey(WELCOME), ...(saved?.visited ?? []).filter((key) => known.has(key))]),
  };
}

function LoadNoticeView({ notice, onDismiss }: { notice: LoadNotice; onDismiss: () => void }) {
  const { t } = useText();
  const problem = notice.problem;
  return (
    <div role="alert" className="notice">
      <p>
        {notice.status === 'restored-previous' ? t('notices.restored') : t('notices.setAside')}{' '}
        {problem && t(`notices.problem.${problem.kind}`)}
      </p>
      {problem && <p className="notice-detail">{t('notices.keptAt', { path: problem.keptAt })}</p>}
      <button type="button" className="button-small" onClick={onDismiss}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}

function Screen(props: {
  step: Step;
  returnTo: Step | undefined;
  doc: AnswersDocument;
  text: ContentText;
  bridge: DecisionAidApi;
  change: (update: (doc: AnswersDocument) => AnswersDocument) => void;
  replace: (doc: AnswersDocument) => void;
  go: (route: Route) => void;
  preferences: Preferences;
  onPreferences: (patch: PreferencesPatch) => void;
}) {
  const { step, returnTo, doc, text, bridge, change, replace, go, preferences, onPreferences } = props;
  const openReference = (id: SourceId) => go({ kind: 'page', page: 'references', reference: id });
  const onAnswer = (id: QuestionId, value: Parameters<typeof withAnswer>[2]) => change((d) => withAnswer(d, id, value, new Date().toISOString()));
  const onErased = useStableCallback(() => replace(emptyAnswers('self')));
  const dataActions = (intro: boolean) => <DataActions bridge={bridge} doc={doc} onImported={replace} onErased={onErased} intro={intro} />;
  // To a question's screen, with focus on it; from "What your answers mean", with a way back there.
  const toQuestion = (question: QuestionId, returnTo?: Step) =>
    go({ kind: 'step', step: { kind: 'section', section: getQuestion(question).section }, focus: `q-${question}`, ...(returnTo ? { returnTo } : {}) });

  switch (step.kind) {
    case 'welcome':
      return (
        <>
          <Welcome perspective={doc.perspective} onPerspective={(perspective) => change((d) => withPerspective(d, perspective))} />
          {dataActions(false)}
        </>
      );
    case 'section':
      return (
        <SectionScreen
          sectionId={step.section}
          doc={doc}
          change={change}
          text={text}
          country={preferences.country}
          onCountry={(country) => onPreferences({ country })}
          onAnswer={onAnswer}
          onOpenReferences={openReference}
          onOpenHelp={() => go({ kind: 'page', page: 'help', reference: null })}
          {...(returnTo ? { onReturn: () => go({ kind: 'step', step: returnTo }) } : {})}
        />
      );
    case 'learn':
      return <LearnScreen pageId={step.page} text={text} onOpenReferences={openReference} />;
    case 'options':
      return <OptionsScreen text={text} onOpenReferences={openReference} />;
    case 'review':
      return (
        <>
          <ReviewScreen doc={doc} text={text} onChange={(_section, question) => toQuestion(question)} />
          {dataActions(true)}
        </>
      );
    case 'meaning':
      return (
        <MeaningScreen
          doc={doc}
          text={text}
          country={preferences.country}
          onCountry={(country) => onPreferences({ country })}
          onOpenReferences={openReference}
          onChangeAnswer={(question) => toQuestion(question, step)}
        />
      );
    case 'sheet':
      return <SheetStep doc={doc} bridge={bridge} preferences={preferences} onPreferences={onPreferences} change={change} text={text} />;
  }
}

export function App({ bridge, initialPreferences, opened, appInfo }: Props) {
  const { t } = useText();
  const [announcement, setAnnouncement] = useState('');
  const { preferences, update, saveError: preferencesError } = usePreferences(bridge, initialPreferences);
  const { doc, change, replace, save, notice, dismissNotice, loadError } = useAnswersDocument(bridge, opened);
  const [start] = useState(() => resumePoint(doc));
  const [route, setRoute] = useState<Route>(start.route);
  const [visited, setVisited] = useState<ReadonlySet<string>>(start.visited);
  const text = useContentText(doc.perspective);
  const clinic = useClinic();

  // For the benchmark (bench/run.mjs): the first screen is drawn and answers can be given.
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('app-interactive'));
  }, []);

  const replaceAndResume = useStableCallback((next: AnswersDocument) => {
    replace(next);
    const point = resumePoint(next);
    setRoute(point.route);
    setVisited(point.visited);
  });

  // After every move the person makes, put focus on the new screen's heading (or the question being
  // changed). Not when the app opens: then the first Tab reaches the skip link, as on any page.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    // A screen may still be loading: wait for it (a few frames at most) before moving focus.
    let frames = 0;
    let handle = 0;
    const focus = () => {
      let wanted = route.kind === 'page' && route.reference ? `ref-${route.reference}` : route.kind === 'step' && route.focus ? route.focus : 'screen-title';
      let target = document.getElementById(wanted);
      // The element asked for may be gone (a question hidden by a changed answer): the screen's title then.
      if (!target && frames > 10) {
        wanted = 'screen-title';
        target = document.getElementById(wanted);
      }
      // While a screen loads, React keeps the previous one in the page, hidden: wait for the new one.
      if (!target || target.offsetParent === null) {
        if (frames++ < 120) handle = requestAnimationFrame(focus);
        return;
      }
      if (wanted === 'screen-title' || route.kind === 'page') target.focus();
      else {
        target.scrollIntoView({ block: 'center' });
        (target.querySelector<HTMLElement>('input, textarea') ?? target).focus();
      }
    };
    focus();
    return () => cancelAnimationFrame(handle);
  }, [route]);

  const steps = stepsFor(doc);
  const go = (next: Route) => {
    moved.current = true;
    // An info page remembers the step it was opened from, so "Back" returns there.
    const returnTo = route.kind === 'step' ? route.step : route.returnTo;
    setRoute(next.kind === 'page' ? { ...next, ...(returnTo ? { returnTo } : {}) } : next);
    if (next.kind !== 'step') return;
    const key = stepKey(next.step);
    const nowVisited = new Set([...visited, key]);
    setVisited(nowVisited);
    change((d) => ({ ...d, progress: { step: key, visited: [...nowVisited] } }));
  };

  // The menu's Print… (or Ctrl/Cmd+P) shows the sheet and prints it.
  const [printError, setPrintError] = useState<string | null>(null);
  const latest = useRef({ go, doc, preferences, clinic });
  useEffect(() => {
    latest.current = { go, doc, preferences, clinic };
  });
  useEffect(
    () =>
      bridge.onCommand((command) => {
        if (command !== 'print') return;
        const { go: goNow, doc: current, preferences: prefs } = latest.current;
        goNow({ kind: 'step', step: { kind: 'sheet' } });
        setPrintError(null);
        // Clinic mode has no system print dialog (it offers "Save as PDF"): the app's own choice opens.
        if (latest.current.clinic) return askForPrinterChoice();
        readyToPrint()
          .then(() => bridge.printSheet({ paperSize: prefs.paperSize, language: current.sheet.language ?? prefs.language }))
          .catch((error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            // Its words are in the late part of common.json: shown once they are there.
            void loadLateText()
              .catch(() => {})
              .then(() => setPrintError(message));
          });
      }),
    [bridge],
  );

  const changePreferences = useStableCallback((patch: PreferencesPatch): void => {
    // Announced once the new language's text has arrived, so it is said in that language.
    void update(patch).then(() => {
      if (patch.language) setAnnouncement(t('language.changed', { lng: patch.language }));
    });
  });

  const currentStep = route.kind === 'step' ? route.step : null;
  const index = currentStep ? indexOfStep(steps, currentStep) : -1;
  const back = index > 0 ? steps[index - 1] : undefined;
  const next = index >= 0 && index < steps.length - 1 ? steps[index + 1] : undefined;

  // The screen and its Back/Next: an info page, or a step of the walkthrough.
  const content =
    route.kind === 'page' ? (
      <>
        {route.page === 'help' && <UrgentHelpPage text={text} country={preferences.country} onCountry={(country) => changePreferences({ country })} />}
        {route.page === 'references' && <ReferencesPage text={text} focusId={route.reference} />}
        {route.page === 'about' && <AboutPage text={text} appVersion={appInfo?.version ?? null} />}
        <StepNav onBack={() => go({ kind: 'step', step: route.returnTo ?? WELCOME })} />
      </>
    ) : (
      <>
        <Screen
          step={route.step}
          returnTo={route.returnTo}
          doc={doc}
          text={text}
          bridge={bridge}
          change={change}
          replace={replaceAndResume}
          go={go}
          preferences={preferences}
          onPreferences={changePreferences}
        />
        <StepNav
          {...(back ? { onBack: () => go({ kind: 'step', step: back }) } : {})}
          {...(next ? { onNext: () => go({ kind: 'step', step: next }), nextLabel: route.step.kind === 'welcome' ? t('walkthrough.start') : undefined } : {})}
        />
      </>
    );

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <button type="button" className="nav-urgent" onClick={() => go({ kind: 'page', page: 'help', reference: null })}>
            {t('nav.help')}
          </button>
          <button type="button" onClick={() => go({ kind: 'page', page: 'references', reference: null })}>
            {t('nav.references')}
          </button>
          <button type="button" onClick={() => go({ kind: 'page', page: 'about', reference: null })}>
            {t('nav.about')}
          </button>
        </nav>
        <SettingsPanel preferences={preferences} onChange={changePreferences} />
        <ClinicBadge />
      </header>
      {currentStep && <Progress steps={steps} current={currentStep} visited={visited} onJump={(step) => go({ kind: 'step', step })} />}
      <main id="main" tabIndex={-1} className={currentStep?.kind === 'options' ? 'wide' : undefined} data-step={currentStep ? stepKey(currentStep) : undefined}>
        <ReadAloud key={route.kind === 'step' ? stepKey(route.step) : route.page} speed={preferences.readingSpeed} />
        {loadError && (
          <p role="alert" className="error">
            {t('notices.loadFailed', { message: loadError })}
          </p>
        )}
        {/* Clinic mode, after a restart for clinic use: on the first screen only (a later move makes a new route). */}
        {route === start.route && <RestartedNotice />}
        {notice && <LoadNoticeView notice={notice} onDismiss={dismissNotice} />}
        <DataMessage />
        {preferencesError && (
          <p role="alert" className="error">
            {t('settings.saveFailed', { message: preferencesError })}
          </p>
        )}
        {printError && (
          <p role="alert" className="error">
            {t('sheetStep.printFailed', { message: printError })}
          </p>
        )}
        {save.status === 'failed' && (
          <p role="alert" className="error">
            {t('notices.saveFailed', { message: save.message })}
          </p>
        )}
        {/* The welcome screen is in the first chunk and never waits for text or code, so it is drawn
            without a Suspense boundary: mounting one is a measurable part of the first screen's time. */}
        {route.kind === 'step' && route.step.kind === 'welcome' ? (
          content
        ) : (
          <LoadFailureBoundary screen resetKey={route.kind === 'step' ? stepKey(route.step) : route.page}>
            <Suspense fallback={<p role="status">{t('notices.loadingScreen')}</p>}>{content}</Suspense>
          </LoadFailureBoundary>
        )}
      </main>
      <footer className="app-footer">
        <p data-testid="app-version">{appInfo ? t('app.version', { version: appInfo.version }) : '\u00a0'}</p>
        <p className="save-state" role="status">
          {clinic ? '' : save.status === 'saved' ? t('notices.saved') : save.status === 'saving' ? t('notices.saving') : ''}
        </p>
      </footer>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
