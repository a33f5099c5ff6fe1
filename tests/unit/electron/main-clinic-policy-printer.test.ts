// The clinic policy's printer, read from the policy file by the real electron/main.ts (on the Electron
// test double), and what the main process says when a print job fails. The policy file's place is
// /etc on Linux: here it is moved to a temporary folder, owned by the user running the tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as PolicySource from '../../../electron/logic/policy-source';
import { createHarness, type Harness } from '../../support/electron-harness';

vi.mock('electron', async () => (await import('../../support/electron-harness')).electronModule());

const policyFile = vi.hoisted(() => ({ path: '' }));
vi.mock('../../../electron/logic/policy-source', async (importOriginal) => {
  const original = await importOriginal<typeof PolicySource>();
  return {
    ...original,
    policyLocation: () => ({ kind: 'file' as const, path: policyFile.path }),
    readPosixPolicy: (file: string) => original.readPosixPolicy(file, { trustedOwner: process.getuid?.() ?? 0 }),
  };
});

let root: string;
const harnesses: Harness[] = [];
const argv = [...process.argv];

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ldn-clinic-policy-'));
  mkdirSync(path.join(root, 'userData'));
  policyFile.path = path.join(root, 'policy.json');
});
afterEach(() => {
  for (const h of harnesses.splice(0)) h.dispose();
  process.argv.splice(0, process.argv.length, ...argv);
  rmSync(root, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function start(policy: object): Promise<Harness> {
  writeFileSync(policyFile.path, JSON.stringify(policy), { mode: 0o644 });
  const h = createHarness({ userData: path.join(root, 'userData'), argv: [], platform: 'linux' });
  harnesses.push(h);
  h.printers = [
    { name: 'Microsoft Print to PDF', displayName: 'Microsoft Print to PDF' },
    { name: 'HP LaserJet (Reception)', displayName: 'HP LaserJet (Reception)', isDefault: true },
    { name: 'Canon_Nurses', displayName: 'Canon Nurses' },
  ];
  await h.launch();
  await h.ready();
  return h;
}

const request = { paperSize: 'A4', language: 'en' } as const;

describe('the clinic policy names the printer', () => {
  it('offers only that printer, and prints to it', async () => {
    const h = await start({ clinicMode: true, printer: 'Canon_Nurses' });
    expect(await h.invoke('listPrinters')).toEqual({ printers: [{ name: 'Canon_Nurses', label: 'Canon Nurses' }], defaultPrinter: 'Canon_Nurses' });
    expect(await h.invoke('printSheetTo', { ...request, printer: 'Canon_Nurses' })).toEqual({ status: 'printed' });
    await expect(h.invoke('printSheetTo', { ...request, printer: 'HP LaserJet (Reception)' })).rejects.toThrow(/not a printer this computer offers/);
    expect(h.printed).toEqual([expect.objectContaining({ silent: true, deviceName: 'Canon_Nurses' })]);
  });

  it('offers the real printers as usual when the policy names none', async () => {
    const h = await start({ clinicMode: true });
    expect(await h.invoke('listPrinters')).toEqual(expect.objectContaining({ defaultPrinter: 'HP LaserJet (Reception)' }));
  });
});

describe('a print job that fails', () => {
  it('is refused to the page and its reason is logged for IT', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const h = await start({ clinicMode: true, printer: 'Canon_Nurses' });
    h.page.printResult = { success: false, failureReason: 'Printer is out of paper' };
    await expect(h.invoke('printSheetTo', { ...request, printer: 'Canon_Nurses' })).rejects.toThrow(/out of paper/);
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/print/i), expect.stringContaining('Printer is out of paper'));
  });
});
