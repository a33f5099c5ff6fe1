// Options for printing the discussion sheet and saving it as a PDF, as pure data.
import type { SaveDialogOptions, WebContentsPrintOptions } from 'electron';
import type { PaperSize } from '../../shared/print/paper';
import type { Translate } from './translator';

export function printDialogOptions(paper: PaperSize): WebContentsPrintOptions {
  return { silent: false, printBackground: true, pageSize: paper, margins: { marginType: 'default' } };
}

/** Clinic mode: straight to the chosen real printer, no system dialog (it offers "Save as PDF"). */
export function silentPrintOptions(paper: PaperSize, deviceName: string): WebContentsPrintOptions {
  return { silent: true, deviceName, printBackground: true, pageSize: paper, margins: { marginType: 'default' } };
}

export const UNKNOWN_PRINTER = 'not a printer this computer offers';

/** "discussion-sheet-2026-11-24.pdf", in the sheet's language. */
export function sheetFileName(t: Translate, now: Date): string {
  return t('files.sheetFileName', { date: now.toISOString().slice(0, 10) });
}

export function pdfDialogOptions(t: Translate, documentsDir: string, now: Date, join: (...parts: string[]) => string): SaveDialogOptions {
  return {
    title: t('files.pdfTitle'),
    defaultPath: join(documentsDir, sheetFileName(t, now)),
    buttonLabel: t('files.exportButton'),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Electron reports a cancelled print job as a failure; it is not one for the person. */
export function isCancelledPrint(failureReason: string | undefined): boolean {
  return /cancel/i.test(failureReason ?? '');
}
