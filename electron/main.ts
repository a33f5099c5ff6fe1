// The Electron main process. It only wires Electron to the pure, tested pieces in electron/logic
// and electron/store: every decision about security, windows, menus and languages is made there.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, type IpcMainInvokeEvent } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import { ANSWERS_FILE_MAX_BYTES, decodeAnswersFile, encodeAnswersFile } from '../shared/answers/transfer';
import type { BridgeHandlers } from '../shared/bridge/contract';
import { COMMAND_CHANNEL, type HostCommand } from '../shared/bridge/methods';
import { CONTENT_VERSION } from '../shared/content/meta';
import { sheetPdfSpec, toElectronPdfOptions } from '../shared/print/pdf';
import { resolvePreferences } from '../shared/preferences';
import { APP_ENTRY_URL, APP_SCHEME, type OriginPolicy } from './logic/app-origin';
import { registerBridge } from './logic/bridge-ipc';
import { exportDialogOptions, importDialogOptions } from './logic/file-dialogs';
import { buildMenuTemplate } from './logic/menu';
import { isCancelledPrint, pdfDialogOptions, printDialogOptions } from './logic/print';
import { hardenSession, hardenWebContents } from './logic/harden';
import { resolveAppAsset } from './logic/protocol';
import { isTrustedSender } from './logic/sender';
import { createTranslator } from './logic/translator';
import { createMainWindowOptions } from './logic/window-options';
import { createAnswersStore } from './store/answers';
import { PreferencesStore } from './store/preferences';

const APP_ID = 'org.ldn-decision-aid.desktop';
// An empty or absent ELECTRON_RENDERER_URL means: serve the built renderer from app://.
const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
const policy: OriginPolicy = { devServerOrigin: devServerUrl ? new URL(devServerUrl).origin : null };
const isDev = policy.devServerOrigin !== null;
const rendererDir = path.join(__dirname, '../renderer');

// Must happen before `ready`: the app's pages get a standard, secure origin of their own.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let mainWindow: BrowserWindow | null = null;
const preferences = new PreferencesStore(app.getPath('userData'));
const answers = createAnswersStore(app.getPath('userData'));

function serveApp(): void {
  session.defaultSession.protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(request.url, rendererDir);
    if (!asset) return new Response('Not found', { status: 404 });
    try {
      return new Response(await fs.readFile(asset.filePath), { status: 200, headers: asset.headers });
    } catch {
      return new Response('Not found', { status: 404 });
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
  return resolvePreferences(preferences.stored, app.getPreferredSystemLanguages(), app.getLocaleCountryCode() || null);
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

const handlers: BridgeHandlers = {
  getAppInfo: () => ({ name: app.getName(), version: app.getVersion() }),
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
  loadAnswers: () => answers.load(),
  saveAnswers: async (document) => {
    await answers.save(document);
    return { saved: true as const };
  },
  eraseEverything: async () => {
    await answers.erase();
    await preferences.reset();
    applyMenu();
    return { erased: true as const };
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
    const { size } = await fs.stat(filePath);
    if (size > ANSWERS_FILE_MAX_BYTES) return { status: 'rejected' as const, problem: { kind: 'too-large' as const, detail: `${size} bytes` }, fileName };
    const decoded = decodeAnswersFile(await fs.readFile(filePath, 'utf8'), size);
    return decoded.ok ? { status: 'imported' as const, document: decoded.document, fileName } : { status: 'rejected' as const, problem: decoded.problem, fileName };
  },
  printSheet: ({ paperSize }) =>
    new Promise((resolve, reject) => {
      if (!mainWindow) return reject(new Error('no window to print'));
      mainWindow.webContents.print(printDialogOptions(paperSize), (success, failureReason) => {
        if (success) resolve({ status: 'printed' as const });
        else if (isCancelledPrint(failureReason)) resolve({ status: 'cancelled' as const });
        else reject(new Error(failureReason));
      });
    }),
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
};

function createWindow(): void {
  const { language, theme } = currentPreferences();
  const t = createTranslator(language, 'common');
  mainWindow = new BrowserWindow(
    createMainWindowOptions({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      title: t('app.name'),
      darkMode: theme === 'dark' || theme === 'contrast' || (theme === 'system' && nativeTheme.shouldUseDarkColors),
      isDev,
    }),
  );
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

// "Read aloud" on Linux: Chromium reaches the system's voices (speech-dispatcher) only when asked to.
if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
  });

  void app.whenReady().then(async () => {
    if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
    await preferences.load();
    serveApp();
    hardenSession(session.defaultSession, policy);
    registerBridge(ipcMain, handlers, isTrusted);
    applyMenu();
    createWindow();
  });
}
