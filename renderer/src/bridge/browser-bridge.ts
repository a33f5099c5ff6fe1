// The bridge for the browser preview and the Chromium tests: the same contract, the same
// validation, with localStorage instead of the main process and file download/upload instead of
// native dialogs. In clinic mode (a shared computer) it refuses what the main process refuses, and the
// page gives it a storage that lives only in memory.
import { answersFileName, decodeAnswersFile, encodeAnswersFile, importProblem } from '../../../shared/answers/transfer';
import { dispatchBridgeCall, type BridgeHandlers, type DecisionAidApi, type PrinterChoice } from '../../../shared/bridge/contract';
import { BRIDGE_METHODS, unwrapEnvelope } from '../../../shared/bridge/methods';
import { refuseInClinicMode } from '../../../shared/clinic/host';
import type { ClinicInfo } from '../../../shared/clinic/policy';
import { NOTHING_STORED, applyPreferencesPatch, resolvePreferences, type StoredPreferences } from '../../../shared/preferences';
import { storedPreferencesSchema } from '../../../shared/preferences-schema';
import { LocalAnswersStore, type KeyValueStorage } from './local-store';

export const PREFERENCES_KEY = 'ldn-decision-aid:preferences';

export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface BrowserBridgeInputs {
  storage: KeyValueStorage;
  preferredLanguages: readonly string[];
  appInfo: { name: string; version: string };
  /** Offers a file to download. */
  download: (fileName: string, text: string) => void;
  /** Lets the person pick a file; null when they cancel. */
  pickFile: () => Promise<PickedFile | null>;
  /** Opens the browser's print dialog for the current page. */
  print: () => void;
  /** Where Ctrl/Cmd+P is heard (the browser has no native menu): the window, in the app. */
  keyTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  now?: () => Date;
  /** Clinic mode, as the preview's `?clinic` asks for it; null (the default) when off. */
  clinic?: ClinicInfo;
  /** Clinic mode: the stand-in for the computer's real printers (the browser cannot list them). */
  printers?: PrinterChoice;
  /** Clinic mode: "prints" to one of them (the preview records it; nothing opens a dialog). */
  printTo?: (printer: string) => void;
}

function readStored(storage: KeyValueStorage): StoredPreferences {
  try {
    const raw = storage.getItem(PREFERENCES_KEY);
    const parsed = storedPreferencesSchema.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : NOTHING_STORED;
  } catch {
    return NOTHING_STORED;
  }
}

export function createBrowserBridge(inputs: BrowserBridgeInputs): DecisionAidApi {
  const { storage, preferredLanguages, appInfo, download, pickFile, print } = inputs;
  const now = inputs.now ?? (() => new Date());
  const answers = new LocalAnswersStore(storage, now);
  const clinic = inputs.clinic ?? null;
  const printers = inputs.printers ?? { printers: [], defaultPrinter: null };
  const handlers: BridgeHandlers = refuseInClinicMode(clinic, {
    getAppInfo: () => ({ ...appInfo, clinic, restartedForClinic: false }),
    getPreferences: () => resolvePreferences(readStored(storage), preferredLanguages, preferredLanguages[0] ?? null),
    updatePreferences: (patch) => {
      const next = applyPreferencesPatch(readStored(storage), patch);
      storage.setItem(PREFERENCES_KEY, JSON.stringify(next));
      return resolvePreferences(next, preferredLanguages, preferredLanguages[0] ?? null);
    },
    loadAnswers: () => answers.load(),
    saveAnswers: (document) => {
      answers.save(document);
      return { saved: true as const };
    },
    eraseEverything: () => {
      answers.erase();
      storage.removeItem(PREFERENCES_KEY);
      return { erased: true, notErased: [] };
    },
    exportAnswers: (document) => {
      const fileName = answersFileName(now());
      download(fileName, encodeAnswersFile(document));
      return { status: 'saved' as const, fileName };
    },
    importAnswers: async () => {
      const file = await pickFile();
      if (!file) return { status: 'cancelled' as const };
      const decoded = decodeAnswersFile(await file.text(), file.size);
      return decoded.ok
        ? { status: 'imported' as const, document: decoded.document, fileName: file.name }
        : { status: 'rejected' as const, problem: importProblem(decoded.problem.kind), fileName: file.name };
    },
    printSheet: () => {
      print();
      return { status: 'print-dialog' as const };
    },
    saveSheetPdf: () => {
      print();
      return { status: 'print-dialog' as const };
    },
    listPrinters: () => printers,
    // As the main process does: only a name in the list, never the dialog.
    printSheetTo: ({ printer }) => {
      if (!printers.printers.some((offered) => offered.name === printer)) throw new Error('not a printer this computer offers');
      inputs.printTo?.(printer);
      return { status: 'printed' as const };
    },
  });
  const methods = Object.fromEntries(
    BRIDGE_METHODS.map((method) => [method, async (request?: unknown) => unwrapEnvelope(await dispatchBridgeCall(handlers, method, request))]),
  );
  return {
    ...methods,
    // Ctrl/Cmd+P does what the desktop menu's Print… does: print the sheet.
    onCommand(listener) {
      const target = inputs.keyTarget;
      if (!target) return () => {};
      const onKey = (event: Event) => {
        const key = event as KeyboardEvent;
        if ((key.ctrlKey || key.metaKey) && !key.altKey && key.key.toLowerCase() === 'p') {
          key.preventDefault();
          listener('print');
        }
      };
      target.addEventListener('keydown', onKey);
      return () => target.removeEventListener('keydown', onKey);
    },
  } as DecisionAidApi;
}
