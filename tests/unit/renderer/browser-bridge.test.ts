import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../../shared/answers/empty';
import { PREFERENCES_KEY } from '../../../renderer/src/bridge/browser-bridge';
import { ANSWERS_KEY } from '../../../renderer/src/bridge/local-store';
import { CLINIC_REFUSAL } from '../../../shared/clinic/host';
import { fileOf, memoryBridge, memoryStorage } from '../../support/memory-bridge';

const someAnswers = () => ({ ...emptyAnswers('self'), answers: { diagnosis: 'yes' }, updatedAt: '2026-11-24T12:00:00.000Z' });

describe('the browser bridge: preferences', () => {
  it('starts in the browser language with default display, and remembers choices', async () => {
    const storage = memoryStorage();
    const { bridge } = memoryBridge({ storage, languages: ['es-MX', 'en'] });
    await expect(bridge.getPreferences()).resolves.toEqual({ language: 'es', languageChosen: false, theme: 'system', textSize: 100, paperSize: 'Letter', country: 'MX', readingSpeed: 'normal' });
    await bridge.updatePreferences({ language: 'en' });
    await bridge.updatePreferences({ theme: 'contrast', textSize: 150, paperSize: 'A4', country: 'ES', readingSpeed: 'slower' });
    const later = memoryBridge({ storage, languages: ['es-MX'] }).bridge;
    await expect(later.getPreferences()).resolves.toEqual({ language: 'en', languageChosen: true, theme: 'contrast', textSize: 150, paperSize: 'A4', country: 'ES', readingSpeed: 'slower' });
  });

  it('answers app info', async () => {
    await expect(memoryBridge().bridge.getAppInfo()).resolves.toEqual({ name: 'Aid', version: '3.1.4', clinic: null, restartedForClinic: false });
  });

  it('validates requests with the shared contract', async () => {
    const storage = memoryStorage();
    const { bridge } = memoryBridge({ storage });
    await expect(bridge.updatePreferences({ language: 'fr' } as never)).rejects.toThrow(/^\[invalid-request\] updatePreferences: language/);
    await expect(bridge.updatePreferences({ textSize: 999 } as never)).rejects.toThrow(/textSize/);
    await expect(bridge.updatePreferences({ readingSpeed: 'warp' } as never)).rejects.toThrow(/readingSpeed/);
    await expect(bridge.saveAnswers({ schemaVersion: 1 } as never)).rejects.toThrow(/^\[invalid-request\] saveAnswers/);
    expect(storage.data.size).toBe(0);
  });

  it.each(['{broken', '{"schemaVersion":1,"language":"xx"}', '"es"', 'null', '{"schemaVersion":9,"language":"en"}'])(
    'ignores a damaged saved preference %s',
    async (saved) => {
      const { bridge } = memoryBridge({ storage: memoryStorage({ [PREFERENCES_KEY]: saved }), languages: ['es'] });
      await expect(bridge.getPreferences()).resolves.toEqual({ language: 'es', languageChosen: false, theme: 'system', textSize: 100, paperSize: 'A4', country: null, readingSpeed: 'normal' });
    },
  );
});

describe('the browser bridge: answers', () => {
  it('saves and loads answers, keeping the previous good copy', async () => {
    const storage = memoryStorage();
    const { bridge } = memoryBridge({ storage });
    await expect(bridge.loadAnswers()).resolves.toEqual({ status: 'empty' });
    await bridge.saveAnswers(emptyAnswers('self'));
    await bridge.saveAnswers(someAnswers());
    expect(JSON.parse(storage.data.get(`${ANSWERS_KEY}.previous`) ?? '')).toEqual(emptyAnswers('self'));
    await expect(memoryBridge({ storage }).bridge.loadAnswers()).resolves.toEqual({ status: 'loaded', document: someAnswers() });
  });

  it.each([
    ['not JSON', '{oops', 'not-json'],
    ['a foreign object', '{"hello":1}', 'invalid'],
    ['a newer app', '{"schemaVersion":99}', 'newer-version'],
  ])('sets %s aside, keeps it, and offers the previous copy', async (_name, bad, kind) => {
    const storage = memoryStorage();
    const first = memoryBridge({ storage }).bridge;
    await first.saveAnswers(someAnswers());
    await first.saveAnswers({ ...someAnswers(), perspective: 'child' });
    storage.setItem(ANSWERS_KEY, bad);
    const outcome = await memoryBridge({ storage }).bridge.loadAnswers();
    expect(outcome).toMatchObject({ status: 'restored-previous', document: someAnswers(), problem: { kind } });
    const keptAt = outcome.status === 'restored-previous' ? (outcome.problem?.keptAt ?? '') : '';
    expect(storage.getItem(keptAt)).toBe(bad);
  });

  it('erases answers, their copies and preferences', async () => {
    const storage = memoryStorage();
    const { bridge } = memoryBridge({ storage });
    await bridge.updatePreferences({ language: 'es' });
    await bridge.saveAnswers(emptyAnswers('self'));
    await bridge.saveAnswers(someAnswers());
    storage.setItem(`${ANSWERS_KEY}.damaged-x`, 'junk');
    storage.setItem('unrelated', 'kept');
    await bridge.eraseEverything();
    expect([...storage.data.keys()]).toEqual(['unrelated']);
  });

  it('exports the document as a dated JSON file', async () => {
    const { bridge, downloads } = memoryBridge();
    await expect(bridge.exportAnswers(someAnswers())).resolves.toEqual({ status: 'saved', fileName: 'ldn-decision-aid-answers-2026-11-24.json' });
    expect(JSON.parse(downloads[0]?.text ?? '')).toEqual(someAnswers());
  });

  it('imports a good file, and rejects a bad one with a reason', async () => {
    const good = memoryBridge({ file: fileOf('mine.json', JSON.stringify(someAnswers())) }).bridge;
    await expect(good.importAnswers()).resolves.toEqual({ status: 'imported', document: someAnswers(), fileName: 'mine.json' });
    const notJson = memoryBridge({ file: fileOf('photo.jpg', '\u00ff\u00d8\u00ff') }).bridge;
    await expect(notJson.importAnswers()).resolves.toMatchObject({ status: 'rejected', problem: { kind: 'not-json' }, fileName: 'photo.jpg' });
    // The page never gets the file's bytes back in a message.
    const secret = memoryBridge({ file: fileOf('notes.json', 'MY-PRIVATE-NOTE, not JSON') }).bridge;
    expect(JSON.stringify(await secret.importAnswers())).not.toContain('PRIVATE');
    const wrong = memoryBridge({ file: fileOf('x.json', '{"schemaVersion":1,"perspective":"alien"}') }).bridge;
    await expect(wrong.importAnswers()).resolves.toMatchObject({ status: 'rejected', problem: { kind: 'invalid' } });
    const huge = memoryBridge({ file: { name: 'big.json', size: 50 * 1024 * 1024, text: async () => '' } }).bridge;
    await expect(huge.importAnswers()).resolves.toMatchObject({ status: 'rejected', problem: { kind: 'too-large' } });
    const withBom = memoryBridge({ file: fileOf('bom.json', `\uFEFF${JSON.stringify(someAnswers())}`) }).bridge;
    await expect(withBom.importAnswers()).resolves.toEqual({ status: 'imported', document: someAnswers(), fileName: 'bom.json' });
    const cancelled = memoryBridge({ file: null }).bridge;
    await expect(cancelled.importAnswers()).resolves.toEqual({ status: 'cancelled' });
  });
});

describe('the browser bridge: host commands and printing', () => {
  it('turns Ctrl/Cmd+P into the print command, and only that', async () => {
    const { createBrowserBridge } = await import('../../../renderer/src/bridge/browser-bridge');
    const target = new EventTarget();
    const bridge = createBrowserBridge({
      storage: memoryStorage(),
      preferredLanguages: [],
      appInfo: { name: 'Aid', version: '1' },
      download: () => {},
      pickFile: async () => null,
      print: () => {},
      keyTarget: target as unknown as Window,
    });
    const heard: string[] = [];
    const stop = bridge.onCommand((command) => heard.push(command));
    const press = (init: Record<string, unknown>) => {
      const event = Object.assign(new Event('keydown', { cancelable: true }), { ctrlKey: false, metaKey: false, altKey: false, ...init });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press({ key: 'p', ctrlKey: true })).toBe(true);
    expect(press({ key: 'P', metaKey: true })).toBe(true);
    expect(press({ key: 'p' })).toBe(false);
    expect(press({ key: 'o', ctrlKey: true })).toBe(false);
    stop();
    press({ key: 'p', ctrlKey: true });
    expect(heard).toEqual(['print', 'print']);
  });

  it('opens the browser print dialog for Print and Save as PDF', async () => {
    const { bridge, prints } = memoryBridge();
    await expect(bridge.printSheet({ paperSize: 'A4', language: 'en' })).resolves.toEqual({ status: 'print-dialog' });
    await expect(bridge.saveSheetPdf({ paperSize: 'Letter', language: 'es' })).resolves.toEqual({ status: 'print-dialog' });
    expect(prints).toHaveLength(2);
    await expect(bridge.printSheet({ paperSize: 'A5', language: 'en' } as never)).rejects.toThrow(/paperSize/);
  });
});

describe('the browser bridge in clinic mode (the preview’s ?clinic)', () => {
  it('tells the page, and refuses what the main process refuses: no file saved, opened, PDF written, or print dialog', async () => {
    const printers = { printers: [{ name: 'Laser_1', label: 'Laser 1' }], defaultPrinter: 'Laser_1' };
    const { bridge, downloads, prints, printedTo } = memoryBridge({ clinic: { idleMinutes: 5 }, file: fileOf('a.json', '{}'), printers });
    await expect(bridge.getAppInfo()).resolves.toEqual({ name: 'Aid', version: '3.1.4', clinic: { idleMinutes: 5 }, restartedForClinic: false });
    await expect(bridge.exportAnswers(emptyAnswers('self'))).rejects.toThrow(CLINIC_REFUSAL);
    await expect(bridge.importAnswers()).rejects.toThrow(CLINIC_REFUSAL);
    await expect(bridge.saveSheetPdf({ paperSize: 'A4', language: 'en' })).rejects.toThrow(CLINIC_REFUSAL);
    await expect(bridge.printSheet({ paperSize: 'A4', language: 'en' })).rejects.toThrow(CLINIC_REFUSAL);
    expect(downloads).toEqual([]);
    expect(prints).toEqual([]);
    // Instead: the printers it was given, and only those.
    await expect(bridge.listPrinters()).resolves.toEqual(printers);
    await expect(bridge.printSheetTo({ paperSize: 'A4', language: 'en', printer: 'Microsoft Print to PDF' })).rejects.toThrow(/not a printer/);
    await expect(bridge.printSheetTo({ paperSize: 'A4', language: 'en', printer: 'Laser_1' })).resolves.toEqual({ status: 'printed' });
    expect(printedTo).toEqual(['Laser_1']);
    expect(prints).toEqual([]);
  });

  it('outside clinic mode keeps the print dialog and refuses the clinic printing calls', async () => {
    const { bridge, prints } = memoryBridge();
    await expect(bridge.printSheet({ paperSize: 'A4', language: 'en' })).resolves.toEqual({ status: 'print-dialog' });
    expect(prints).toHaveLength(1);
    await expect(bridge.listPrinters()).rejects.toThrow(/only in clinic mode/);
  });
});
