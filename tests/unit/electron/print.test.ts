import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDialogOptions, importDialogOptions } from '../../../electron/logic/file-dialogs';
import { isCancelledPrint, pdfDialogOptions, printDialogOptions, sheetFileName } from '../../../electron/logic/print';
import { createTranslator } from '../../../electron/logic/translator';

const now = new Date('2026-11-24T15:00:00Z');

describe('print and PDF options', () => {
  it('opens the native print dialog (never silent) on the chosen paper, with backgrounds', () => {
    expect(printDialogOptions('A4')).toMatchObject({ silent: false, printBackground: true, pageSize: 'A4' });
    expect(printDialogOptions('Letter').pageSize).toBe('Letter');
  });

  it('names the PDF in the sheet language, with the date', () => {
    expect(sheetFileName(createTranslator('en', 'common'), now)).toBe('discussion-sheet-2026-11-24.pdf');
    expect(sheetFileName(createTranslator('es', 'common'), now)).toBe('hoja-para-la-consulta-2026-11-24.pdf');
  });

  it('offers a PDF save dialog in the documents folder', () => {
    const options = pdfDialogOptions(createTranslator('es', 'common'), '/home/ana/Documentos', now, path.posix.join);
    expect(options.defaultPath).toBe('/home/ana/Documentos/hoja-para-la-consulta-2026-11-24.pdf');
    expect(options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(options.title).toBe('Guardar su hoja para la consulta como PDF');
  });

  it('treats a cancelled print job as cancelled, not failed', () => {
    expect(isCancelledPrint('Print job canceled')).toBe(true);
    expect(isCancelledPrint('Print job failed')).toBe(false);
    expect(isCancelledPrint(undefined)).toBe(false);
  });
});

describe('answers file dialogs', () => {
  it('export suggests a dated JSON file in the documents folder', () => {
    const options = exportDialogOptions(createTranslator('en', 'common'), '/docs', now, path.posix.join);
    expect(options.defaultPath).toBe('/docs/ldn-decision-aid-answers-2026-11-24.json');
    expect(options.filters?.[0]?.extensions).toEqual(['json']);
  });

  it('import opens one JSON file', () => {
    const options = importDialogOptions(createTranslator('en', 'common'), '/docs');
    expect(options.properties).toEqual(['openFile']);
    expect(options.title).toBe('Open a file of saved answers');
  });
});
