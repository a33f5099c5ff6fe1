// The Electron main process. It only wires Electron to the pure, tested pieces in electron/logic
// and electron/store: every decision about security, windows, menus and languages is made there.
// Its wiring as a whole is tested by running this file against tests/support/electron-harness.ts.
// In order: start-up switches and stores; the protocol and the bridge handlers; the window;
// start-up; the app's lifecycle events.
import { spawnSync } from 'node:child_process';
import { promises as fs, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, nativeTheme, protocol, session, type IpcMainInvokeEvent, type Session, type WebContents, type WebContentsPrintOptions } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import { ANSWERS_FILE_MAX_BYTES, decodeAnswersFile, encodeAnswersFile, importProblem } from '../shared/answers/transfer';
import type { BridgeHandlers, PrintOutcome } from '../shared/bridge/contract';
import { COMMAND_CHANNEL, type HostCommand } from '../shared/bridge/methods';
import { preferencesUnderPolicy, refuseInClinicMode } from '../shared/clinic/host';
import { choosePrinters, type PrinterChoice } from '../shared/clinic/printers';
import { CONTENT_VERSION } from '../shared/content/meta';
import { sheetPdfSpec, toElectronPdfOptions } from '../shared/print/pdf';
import { APP_ENTRY_URL, APP_SCHEME, devServerUrlFrom, type OriginPolicy } from './logic/app-origin';
import { registerBridge } from './logic/bridge-ipc';
import { clinicRelaunchArgs, launchWantsClinic, personDataDir, readClinicSettings, restartedForClinic, sessionPartition, type LaunchData } from './logic/clinic';
import { createCrashPolicy } from './logic/crash-recovery';
import { exportDialogOptions, importDialogOptions } from './logic/file-dialogs';
import { forbiddenSwitchesIn } from './logic/forbidden-switches';
import { describeLocation, policyLocation, readPosixPolicy, readWindowsPolicy } from './logic/policy-source';
import { loadOutcomeForPage } from './logic/load-outcome';
import { buildMenuTemplate } from './logic/menu';
import { isCancelledPrint, pdfDialogOptions, printDialogOptions, silentPrintOptions, UNKNOWN_PRINTER } from './logic/print';
import { hardenSession, hardenWebContents } from './logic/harden';
import { notFoundReply, resolveAppAsset } from './logic/protocol';
import { runSelfTest, SELF_TEST_SWITCH } from './logic/self-test';
import { isTrustedSender } from './logic/sender';
import { createTranslator } from './logic/translator';
import { settleWithin } from './logic/wait';
import { createMainWindowOptions } from './logic/window-options';
import { readRegularFile } from './store/bounded-read';
import { createAnswersStore } from './store/answers';
import { PreferencesStore } from './store/preferences';

const APP_ID = 'org.ldn-decision-aid.desktop';
/** How long quitting waits for a save still being written. */
const QUIT_SAVE_WAIT_MS = 2000;
const selfTest = app.commandLine.hasSwitch(SELF_TEST_SWITCH);
// The self-test runs on an empty, temporary user-data folder: a person's answers are never touched.
if (selfTest) app.setPath('userData', mkdtempSync(path.join(app.getPath('temp'), 'ldn-aid-self-test-')));
// Absent, empty, remote, or in a packaged app: serve the built renderer from app://.
const devServerUrl = devServerUrlFrom(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const policy: OriginPolicy = { devServerOrigin: devServerUrl ? new URL(devServerUrl).origin : null };
const isDev = policy.devServerOrigin !== null;
const rendererDir = path.join(__dirname, '../renderer');

// Must happen before `ready`: the app's pages get a standard, secure origin of their own.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let mainWindow: BrowserWindow | null = null;
// Clinic mode (a shared computer): from the system-wide policy file or the --clinic switch.
const policyPlace = policyLocation(process.platform);
const { settings: clinic, log: clinicLog } = readClinicSettings({
  argv: process.argv,
  where: describeLocation(policyPlace),
  readPolicy: () =>
    policyPlace.kind === 'file'
      ? readPosixPolicy(policyPlace.path)
      : readWindowsPolicy((file, args) => {
          const run = spawnSync(file, args, { encoding: 'utf8', timeout: 5000, maxBuffer: 64 * 1024, windowsHide: true });
          return { status: run.status, stdout: run.stdout ?? '', error: run.error?.message };
        }),
});
if (clinicLog) console.warn(clinicLog);
/**
 * This clinic copy replaced a plain one (restartInClinicMode): the page tells the first person why the
 * window changed. Only until the first clear, so the next person (or a reloaded page) is not told.
 */
let restartNoticeDue = restartedForClinic(clinic, process.argv);
const partition = sessionPartition(clinic);
/**
 * Clinic mode: Chromium's own files (its profile: GPU and code caches, local state) and crash dumps
 * go to a temporary folder, removed at quit, not to the user-data folder where they would outlive the
 * visit. The user-data folder itself stays, since the single-instance lock is kept there.
 */
const clinicProfileDir = clinic.clinic ? makeClinicProfileDir() : null;
function makeClinicProfileDir(): string | null {
  try {
    mkdirSync(app.getPath('temp'), { recursive: true });
    const dir = mkdtempSync(path.join(app.getPath('temp'), 'ldn-aid-clinic-'));
    app.setPath('sessionData', dir);
    app.setPath('crashDumps', path.join(dir, 'crashes'));
    return dir;
  } catch (error) {
    console.error('Clinic mode: no temporary folder for the browser profile; the in-memory session is still used.', error);
    return null;
  }
}
const preferences = new PreferencesStore(personDataDir(clinic, app.getPath('userData')));
const answers = createAnswersStore(personDataDir(clinic, app.getPath('userData')));

/** The window's session: an in-memory partition in clinic mode, else the default one (only after ready). */
function appSession(): Session {
  return partition ? session.fromPartition(partition) : session.defaultSession;
}

function serveApp(): void {
  appSession().protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(request.url, rendererDir);
    const notFound = () => {
      const { body, status, headers } = notFoundReply();
      return new Response(body, { status, headers });
    };
    if (!asset) return notFound();
    try {
      return new Response(await fs.readFile(asset.filePath), { status: 200, headers: asset.headers });
    } catch {
      return notFound();
    }
  });
}

function isTrusted(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return isTrustedSender(
    {
      frameUrl: frame?.url ?? null,
      isMainFrame: frame !== null && frame === event.sender.mainFrame,
      fromAppWindow: mainWindow !== null && BrowserWindow.fromWebContents(event.sender) === mainWindow,
    },
    policy,
  );
}

function currentPreferences() {
  return preferencesUnderPolicy(clinic.defaults, preferences.stored, app.getPreferredSystemLanguages(), app.getLocaleCountryCode() || null);
}

function applyMenu(): void {
  const t = createTranslator(currentPreferences().language, 'menu');
  const template = buildMenuTemplate({
    t,
    appName: app.getName(),
    platform: process.platform,
    isDev,
    // The page shows the sheet and prints it through the bridge, so Print always prints the sheet.
    onPrint: () => mainWindow?.webContents.send(COMMAND_CHANNEL, 'print' satisfies HostCommand),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * Erases the person's answers and preferences; in clinic mode also what the computer holds of them
 * outside the app's stores (the clipboard). Returns the names of the files that could not be removed.
 */
async function clearPerson(): Promise<string[]> {
  restartNoticeDue = false;
  const [answersLeft, preferencesLeft] = await Promise.all([answers.erase(), preferences.reset()]);
  if (clinic.clinic) {
    clipboard.clear();
    // Zoom is kept per site by the session: the next person starts at the usual size.
    if (mainWindow && !mainWindow.webContents.isDestroyed()) mainWindow.webContents.setZoomLevel(0);
    await Promise.all([appSession().clearStorageData(), appSession().clearCache()]).catch(() => undefined);
  }
  applyMenu();
  return [...answersLeft, ...preferencesLeft];
}

/** Clinic mode: the computer's real printers as they are now (a printer may come or go during a visit). */
async function realPrinters(): Promise<PrinterChoice> {
  if (!mainWindow) return { printers: [], defaultPrinter: null };
  return choosePrinters(await mainWindow.webContents.getPrintersAsync(), clinic.printer);
}

/** Prints the page; a job the person cancelled is not an error. */
function printPage(options: WebContentsPrintOptions): Promise<PrintOutcome> {
  return new Promise((resolve, reject) => {
    if (!mainWindow) return reject(new Error('no window to print'));
    mainWindow.webContents.print(options, (success, failureReason) => {
      if (success) resolve({ status: 'printed' as const });
      else if (isCancelledPrint(failureReason)) resolve({ status: 'cancelled' as const });
      else {
        // For IT (a clinic's printer out of paper or offline): the page only says printing failed.
        console.error('Printing the sheet failed:', failureReason);
        reject(new Error(failureReason));
      }
    });
  });
}

const handlers: BridgeHandlers = refuseInClinicMode(clinic.clinic, {
  getAppInfo: () => ({ name: app.getName(), version: app.getVersion(), clinic: clinic.clinic, restartedForClinic: restartNoticeDue }),
  getPreferences: () => currentPreferences(),
  updatePreferences: async (patch) => {
    const before = currentPreferences().language;
    try {
      await preferences.update(patch);
    } finally {
      // The change applies for this session even if the disk refused it.
      if (currentPreferences().language !== before) applyMenu();
    }
    return currentPreferences();
  },
  loadAnswers: async () => loadOutcomeForPage(await answers.load(), path.basename),
  saveAnswers: async (document) => {
    await answers.save(document);
    return { saved: true as const };
  },
  // Both stores are erased whatever happens to the other; the person is told which files remain.
  eraseEverything: async () => {
    const notErased = await clearPerson();
    return { erased: notErased.length === 0, notErased };
  },
  exportAnswers: async (document) => {
    const t = createTranslator(currentPreferences().language, 'common');
    const options = exportDialogOptions(t, app.getPath('documents'), new Date(), path.join);
    const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' as const };
    await writeFileAtomic(choice.filePath, encodeAnswersFile(document), { fsync: true });
    return { status: 'saved' as const, fileName: path.basename(choice.filePath) };
  },
  importAnswers: async () => {
    const t = createTranslator(currentPreferences().language, 'common');
    const options = importDialogOptions(t, app.getPath('documents'));
    const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return { status: 'cancelled' as const };
    const fileName = path.basename(filePath);
    // Only the kind of problem goes back to the page: never the file's bytes, never a path.
    const rejected = (kind: Parameters<typeof importProblem>[0]) => ({ status: 'rejected' as const, problem: importProblem(kind), fileName });
    const file = await readRegularFile(filePath, ANSWERS_FILE_MAX_BYTES);
    if (file.status === 'missing') return rejected('unreadable');
    if (file.status !== 'ok') return rejected(file.status);
    const decoded = decodeAnswersFile(file.text, file.bytes);
    return decoded.ok ? { status: 'imported' as const, document: decoded.document, fileName } : rejected(decoded.problem.kind);
  },
  printSheet: ({ paperSize }) => printPage(printDialogOptions(paperSize)),
  listPrinters: () => realPrinters(),
  // Only a name in the current list of real printers: never a file writer, whatever the page sends.
  printSheetTo: async ({ paperSize, printer }) => {
    const { printers } = await realPrinters();
    if (!printers.some((offered) => offered.name === printer)) throw new Error(UNKNOWN_PRINTER);
    return printPage(silentPrintOptions(paperSize, printer));
  },
  saveSheetPdf: async ({ paperSize, language }) => {
    if (!mainWindow) throw new Error('no window to print');
    const t = createTranslator(language, 'common');
    const choice = await dialog.showSaveDialog(mainWindow, pdfDialogOptions(t, app.getPath('documents'), new Date(), path.join));
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' as const };
    const spec = sheetPdfSpec(paperSize, t('print.pageLabel'), t('print.footerLeft', { version: CONTENT_VERSION }));
    const pdf = await mainWindow.webContents.printToPDF(toElectronPdfOptions(spec));
    await writeFileAtomic(choice.filePath, pdf, { fsync: true });
    return { status: 'saved' as const, fileName: path.basename(choice.filePath) };
  },
});

function createWindow(): BrowserWindow {
  const { language, theme } = currentPreferences();
  const t = createTranslator(language, 'common');
  const window = new BrowserWindow(
    createMainWindowOptions({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      title: t('app.name'),
      darkMode: theme === 'dark' || theme === 'contrast' || (theme === 'system' && nativeTheme.shouldUseDarkColors),
      isDev,
      partition,
    }),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  watchForCrashes(window.webContents);
  // A page that fails to load shows Chromium's error page; it is never an unhandled rejection.
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => console.error('The app page did not load:', error));
  return window;
}

/**
 * A page whose process is gone is loaded again (in clinic mode after clearing, so a crash never
 * hands one person's answers to the next); one that keeps crashing gets a calm message and the app ends.
 */
function watchForCrashes(contents: WebContents): void {
  const nextStep = createCrashPolicy();
  contents.on('render-process-gone', () => {
    const step = nextStep();
    if (step === 'ignore') return;
    void (async () => {
      if (clinic.clinic) await clearPerson().catch(() => []);
      if (contents.isDestroyed()) return;
      if (step === 'reload') {
        contents.reload();
        return;
      }
      const t = createTranslator(currentPreferences().language, 'common');
      // The page may have been Urgent help: what to do in danger goes with the app as it closes.
      const options = { type: 'info' as const, message: t('crash.title'), detail: `${t('crash.body')}\n\n${t('notices.dangerNow')}`, buttons: [t('crash.close')] };
      await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)).catch(() => undefined);
      app.quit();
    })();
  });
}

/** The one window, brought forward, or made if there is none (second launch, Dock click). */
function showWindow(): void {
  if (!mainWindow) {
    createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function selfTestAndExit(window: BrowserWindow): Promise<never> {
  const result = await runSelfTest(
    { evaluate: (script) => window.webContents.executeJavaScript(script), printToPdf: () => window.webContents.printToPDF({ printBackground: true }) },
    {
      writePdf: async (pdf) => {
        const file = path.join(await fs.mkdtemp(path.join(app.getPath('temp'), 'ldn-aid-self-test-pdf-')), 'sheet.pdf');
        await fs.writeFile(file, pdf);
        return file;
      },
    },
  );
  console.log(`self-test: ${JSON.stringify(result)}`);
  app.exit(result.ok ? 0 : 1);
  return new Promise<never>(() => {});
}

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // Never throws: an unreadable or damaged file means defaults (and the usual notice for answers).
  await preferences.load();
  serveApp();
  hardenSession(session.defaultSession, policy);
  if (partition) hardenSession(appSession(), policy);
  registerBridge(ipcMain, handlers, isTrusted);
  applyMenu();
  const window = createWindow();
  if (selfTest) await selfTestAndExit(window);
}

/** Start-up broke anyway: say so and end, so the single-instance lock never holds a later launch. */
function failStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error('Start-up failed:', error);
  try {
    if (!selfTest) {
      const t = createTranslator(currentPreferences().language, 'common');
      // No guide, so no Urgent help: what to do in danger is in the message itself.
      dialog.showErrorBox(t('startup.failedTitle'), `${t('startup.failedBody', { message })}\n\n${t('notices.dangerNow')}`);
    }
  } finally {
    app.exit(1);
  }
}

// "Read aloud" on Linux: Chromium reaches the system's voices (speech-dispatcher) only when asked to.
if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');

/** Switches that let someone outside watch or weaken the app: a packaged app refuses them, and says so. */
function refuseForbiddenSwitches(): boolean {
  if (!app.isPackaged) return false;
  const found = forbiddenSwitchesIn(process.argv, process.platform);
  if (found.length === 0) return false;
  console.error(`Refusing to start with ${found.join(' ')}`);
  try {
    const t = createTranslator(currentPreferences().language, 'common');
    dialog.showErrorBox(t('startup.refusedTitle'), t('startup.refusedBody', { switches: found.join(' ') }));
  } finally {
    app.exit(1);
  }
  return true;
}

/**
 * A plain copy asked for clinic mode by a later launch: it ends (after its saves: before-quit waits for
 * them) and starts again in clinic mode, marked so the new page can say why.
 */
function restartInClinicMode(): void {
  app.relaunch({ args: clinicRelaunchArgs(process.argv) });
  app.quit();
}

if (refuseForbiddenSwitches()) {
  // Ended above.
} else if (!app.requestSingleInstanceLock({ clinic: clinic.clinic !== null } satisfies LaunchData)) {
  app.quit();
} else {
  /** Resolves true once the app is fully set up (protocol, bridge, window), false if start-up failed. */
  const started: Promise<boolean> = app
    .whenReady()
    .then(start)
    .then(
      () => true,
      (error: unknown) => {
        failStart(error);
        return false;
      },
    );
  // Before start-up has finished, these wait for it: no half-ready window, never a second one.
  const whenStarted = (then: () => void) => void started.then((ok) => ok && !selfTest && then());
  app.on('second-instance', (_event, argv, _cwd, data) => {
    // The stricter mode wins: a launch asking for clinic mode never ends in a plain session.
    if (!clinic.clinic && launchWantsClinic(argv, data)) void started.then(restartInClinicMode);
    else whenStarted(showWindow);
  });
  app.on('activate', () => whenStarted(() => mainWindow ?? createWindow()));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
  app.on('window-all-closed', () => {
    // In clinic mode the app never outlives its window, on macOS too: with no page, no idle clear runs.
    if (clinic.clinic) void clearPerson().catch(() => []).finally(() => app.quit());
    else if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    if (!clinic.clinic) return;
    clipboard.clear();
    try {
      if (clinicProfileDir) rmSync(clinicProfileDir, { recursive: true, force: true, maxRetries: 2 });
    } catch (error) {
      // Chromium may still hold a file (Windows): the folder is in the system's temporary folder.
      console.error('Clinic mode: the temporary browser profile was not fully removed.', error);
    }
  });
  // Quitting waits (a little) for a save still being written, so the last answer typed is kept.
  let savesSettled = false;
  app.on('before-quit', (event) => {
    if (savesSettled || (!answers.busy && !preferences.busy)) return;
    event.preventDefault();
    void settleWithin(Promise.all([answers.idle(), preferences.idle()]), QUIT_SAVE_WAIT_MS).then(() => {
      savesSettled = true;
      app.quit();
    });
  });
}
