// Options for the native save and open dialogs, translated, as pure data.
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { answersFileName } from '../../shared/answers/transfer';
import type { Translate } from './translator';

export function exportDialogOptions(t: Translate, documentsDir: string, now: Date, join: (...parts: string[]) => string): SaveDialogOptions {
  return {
    title: t('files.exportTitle'),
    defaultPath: join(documentsDir, answersFileName(now)),
    buttonLabel: t('files.exportButton'),
    filters: [{ name: t('files.answersFilter'), extensions: ['json'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function importDialogOptions(t: Translate, documentsDir: string): OpenDialogOptions {
  return {
    title: t('files.importTitle'),
    defaultPath: documentsDir,
    buttonLabel: t('files.importButton'),
    filters: [{ name: t('files.answersFilter'), extensions: ['json'] }],
    properties: ['openFile'],
  };
}
