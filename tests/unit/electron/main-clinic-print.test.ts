// Printing in clinic mode, through the real electron/main.ts on the Electron test double: only to a
// real printer, without the system dialog (which offers "Print to PDF" and "Print to File").
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, type Harness } from '../../support/electron-harness';

vi.mock('electron', async () => (await import('../../support/electron-harness')).electronModule());

let root: string;
const harnesses: Harness[] = [];
const argv = [...process.argv];

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ldn-clinic-print-'));
  mkdirSync(path.join(root, 'userData'));
});
afterEach(() => {
  for (const h of harnesses.splice(0)) h.dispose();
  process.argv.splice(0, process.argv.length, ...argv);
  rmSync(root, { recursive: true, force: true });
});

// On Linux: in the test double there is no reg.exe, and a policy that cannot be read means clinic mode.
async function start(args: string[]): Promise<Harness> {
  process.argv.splice(0, process.argv.length, ...argv, ...args);
  const h = createHarness({ userData: path.join(root, 'userData'), argv: args, platform: 'linux' });
  harnesses.push(h);
  h.printers = [
    { name: 'Microsoft Print to PDF', displayName: 'Microsoft Print to PDF' },
    { name: 'Microsoft XPS Document Writer', displayName: 'Microsoft XPS Document Writer' },
    { name: 'Fax', displayName: 'Fax' },
    { name: 'HP LaserJet (Reception)', displayName: 'HP LaserJet (Reception)', isDefault: true },
    { name: 'Canon_Nurses', displayName: 'Canon Nurses' },
  ];
  await h.launch();
  await h.ready();
  return h;
}

const request = { paperSize: 'A4', language: 'en' } as const;

describe('printing in clinic mode', () => {
  it('lists only the real printers, the default first chosen', async () => {
    const h = await start(['--clinic']);
    expect(await h.invoke('listPrinters')).toEqual({
      printers: [
        { name: 'HP LaserJet (Reception)', label: 'HP LaserJet (Reception)' },
        { name: 'Canon_Nurses', label: 'Canon Nurses' },
      ],
      defaultPrinter: 'HP LaserJet (Reception)',
    });
  });

  it('prints silently to the chosen real printer, with the paper size asked for', async () => {
    const h = await start(['--clinic']);
    expect(await h.invoke('printSheetTo', { ...request, printer: 'Canon_Nurses' })).toEqual({ status: 'printed' });
    expect(h.printed).toEqual([expect.objectContaining({ silent: true, deviceName: 'Canon_Nurses', printBackground: true, pageSize: 'A4' })]);
  });

  it('refuses a printer that writes files, and one that is not there, without printing', async () => {
    const h = await start(['--clinic']);
    await expect(h.invoke('printSheetTo', { ...request, printer: 'Microsoft Print to PDF' })).rejects.toThrow(/not a printer this computer offers/);
    await expect(h.invoke('printSheetTo', { ...request, printer: 'Nowhere' })).rejects.toThrow(/not a printer this computer offers/);
    await expect(h.invoke('printSheetTo', { ...request, printer: 'HP LaserJet (Reception)', silent: false })).rejects.toThrow(/invalid-request/);
    expect(h.printed).toEqual([]);
  });

  it('refuses the system print dialog', async () => {
    const h = await start(['--clinic']);
    await expect(h.invoke('printSheet', request)).rejects.toThrow(/clinic mode/);
    expect(h.printed).toEqual([]);
  });

  it('with no real printer, tells the page so (an empty list) and prints nothing', async () => {
    const h = await start(['--clinic']);
    h.printers = h.printers.filter((p) => /PDF|XPS|Fax/.test(p.name));
    expect(await h.invoke('listPrinters')).toEqual({ printers: [], defaultPrinter: null });
    await expect(h.invoke('printSheetTo', { ...request, printer: 'Fax' })).rejects.toThrow(/not a printer this computer offers/);
    expect(h.printed).toEqual([]);
  });

  it('a failed print job is an error for the page; a cancelled one is not', async () => {
    const h = await start(['--clinic']);
    h.page.printResult = { success: false, failureReason: 'Printer is offline' };
    await expect(h.invoke('printSheetTo', { ...request, printer: 'Canon_Nurses' })).rejects.toThrow(/offline/);
    h.page.printResult = { success: false, failureReason: 'cancelled' };
    expect(await h.invoke('printSheetTo', { ...request, printer: 'Canon_Nurses' })).toEqual({ status: 'cancelled' });
  });
});

describe('printing outside clinic mode', () => {
  it('keeps the system dialog, and refuses the clinic calls', async () => {
    const h = await start([]);
    expect(await h.invoke('printSheet', request)).toEqual({ status: 'printed' });
    expect(h.printed).toEqual([expect.objectContaining({ silent: false })]);
    await expect(h.invoke('listPrinters')).rejects.toThrow(/only in clinic mode/);
    await expect(h.invoke('printSheetTo', { ...request, printer: 'Canon_Nurses' })).rejects.toThrow(/only in clinic mode/);
    expect(h.printed).toHaveLength(1);
  });
});
