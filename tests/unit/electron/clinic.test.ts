// Clinic mode in the main process: where the policy file is, how reading it fails safe, what the
// host refuses, and that the stores write nothing about the person to disk.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLINIC_SWITCH, personDataDir, readClinicSettings } from '../../../electron/logic/clinic';
import { POLICY_DIR_NAME, POLICY_DIR_NAME_LINUX } from '../../../electron/logic/policy-source';
import { createAnswersStore } from '../../../electron/store/answers';
import { PreferencesStore } from '../../../electron/store/preferences';
import { emptyAnswers } from '../../../shared/answers/empty';
import { dispatchBridgeCall } from '../../../shared/bridge/contract';
import { BRIDGE_METHODS } from '../../../shared/bridge/methods';
import { CLINIC_MODE_ONLY, CLINIC_ONLY_REFUSAL, CLINIC_REFUSAL, preferencesUnderPolicy, refuseInClinicMode, REFUSED_IN_CLINIC_MODE } from '../../../shared/clinic/host';
import type { ClinicSettings, PolicyRead } from '../../../shared/clinic/policy';
import { NOTHING_STORED } from '../../../shared/preferences';
import { stubHandlers } from '../../support/stub-handlers';

describe('where the policy is', () => {
  it('uses the names in package.json (the product name, and the package name under /etc)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; productName: string };
    expect(POLICY_DIR_NAME).toBe(pkg.productName);
    expect(POLICY_DIR_NAME_LINUX).toBe(pkg.name);
  });
});

describe('readClinicSettings', () => {
  const where = '/etc/ldn-adhd-decision-aid/policy.json';
  const start = (policy: PolicyRead, argv: string[] = ['app']) => readClinicSettings({ argv, where, readPolicy: () => policy });

  it('uses the policy read from its place', () => {
    expect(start({ status: 'read', text: '{"clinicMode": true, "idleMinutes": 3}' })).toEqual({
      settings: { clinic: { idleMinutes: 3 }, defaults: { language: null, paperSize: null }, printer: null, problem: null },
      log: null,
    });
  });

  it('without a policy, runs as usual; the --clinic switch turns clinic mode on', () => {
    expect(start({ status: 'missing' })).toMatchObject({ settings: { clinic: null }, log: null });
    expect(start({ status: 'missing' }, ['app', CLINIC_SWITCH])).toMatchObject({ settings: { clinic: { idleMinutes: 5 } }, log: null });
  });

  it.each(['EACCES', 'ELOOP', 'group or others may write the file', 'reg.exe: ETIMEDOUT'])('fails safe when the policy exists but cannot be used (%s), and logs why', (reason) => {
    const { settings, log } = start({ status: 'unreadable', reason });
    expect(settings).toEqual({ clinic: { idleMinutes: 5 }, defaults: { language: null, paperSize: null }, printer: null, problem: expect.stringContaining(reason) });
    expect(log).toContain(where);
    expect(log).toContain(reason);
    expect(log).toContain('clinic mode');
  });

  it('fails safe when the file is invalid, and logs what is wrong', () => {
    const { settings, log } = start({ status: 'read', text: '{"clinicMode": false, "idleMinuts": 10}' });
    expect(settings.clinic).toEqual({ idleMinutes: 5 });
    expect(log).toContain('idleMinuts');
  });
});

describe('refuseInClinicMode', () => {
  const clinic = { idleMinutes: 5 };

  it('refuses saving to a file, opening one, saving a PDF and the print dialog; answers every other call', async () => {
    const handlers = refuseInClinicMode(clinic, stubHandlers());
    const payloads: Record<string, unknown> = {
      updatePreferences: { language: 'es' },
      saveAnswers: emptyAnswers('self'),
      exportAnswers: emptyAnswers('self'),
      printSheet: { paperSize: 'A4', language: 'en' },
      saveSheetPdf: { paperSize: 'A4', language: 'en' },
      printSheetTo: { paperSize: 'A4', language: 'en', printer: 'Printer_1' },
    };
    for (const method of BRIDGE_METHODS) {
      const envelope = await dispatchBridgeCall(handlers, method, payloads[method]);
      if ((REFUSED_IN_CLINIC_MODE as readonly string[]).includes(method)) {
        expect(envelope, method).toEqual({ ok: false, error: { code: 'failed', message: `${method}: ${CLINIC_REFUSAL}` } });
      } else {
        expect(envelope.ok, method).toBe(true);
      }
    }
    expect(REFUSED_IN_CLINIC_MODE).toEqual(['exportAnswers', 'importAnswers', 'saveSheetPdf', 'printSheet']);
  });

  it('outside clinic mode refuses only the clinic printing calls', async () => {
    const handlers = refuseInClinicMode(null, stubHandlers());
    expect(handlers.printSheet).not.toBe(handlers.listPrinters);
    for (const method of BRIDGE_METHODS) {
      const envelope = await dispatchBridgeCall(handlers, method, method === 'listPrinters' ? undefined : { paperSize: 'A4', language: 'en', printer: 'Printer_1' });
      if ((CLINIC_MODE_ONLY as readonly string[]).includes(method)) {
        expect(envelope, method).toEqual({ ok: false, error: { code: 'failed', message: `${method}: ${CLINIC_ONLY_REFUSAL}` } });
      }
    }
    expect(await handlers.printSheet({ paperSize: 'A4', language: 'en' })).toEqual({ status: 'printed' });
    expect(CLINIC_MODE_ONLY).toEqual(['listPrinters', 'printSheetTo']);
  });
});

describe('the policy’s defaults under the person’s choices', () => {
  const defaults: ClinicSettings['defaults'] = { language: 'es', paperSize: 'A4' };

  it('take the place of the system’s language and the region’s paper', () => {
    expect(preferencesUnderPolicy(defaults, NOTHING_STORED, ['en-US'], 'US')).toMatchObject({ language: 'es', languageChosen: false, paperSize: 'A4' });
    expect(preferencesUnderPolicy({ language: null, paperSize: null }, NOTHING_STORED, ['en-US'], 'US')).toMatchObject({ language: 'en', paperSize: 'Letter' });
  });

  it('give way to what the person chose', () => {
    expect(preferencesUnderPolicy(defaults, { schemaVersion: 1, language: 'en', paperSize: 'Letter' }, ['es'], 'ES')).toMatchObject({ language: 'en', paperSize: 'Letter' });
  });
});

describe('the person’s data in clinic mode', () => {
  let root: string;
  let userData: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'clinic-'));
    userData = path.join(root, 'userData');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const settings = (clinic: boolean): ClinicSettings => ({ clinic: clinic ? { idleMinutes: 5 } : null, defaults: { language: null, paperSize: null }, printer: null, problem: null });

  /** Everything a visit does with the stores: change settings, answer, save again, erase, answer again. */
  async function visit(dir: string | null) {
    const preferences = new PreferencesStore(dir);
    const answers = createAnswersStore(dir);
    await preferences.load();
    await answers.load();
    await preferences.update({ language: 'es', theme: 'dark' });
    const doc = { ...emptyAnswers('self'), answers: { age: '18-plus' as const } };
    await answers.save(doc);
    await answers.save({ ...doc, updatedAt: '2026-12-02T10:00:00.000Z' });
    const loaded = await answers.load();
    await answers.erase();
    await preferences.reset();
    await answers.save(doc);
    return { preferences, answers, loaded };
  }

  it('writes nothing to disk: the user-data folder is never even created (and outside clinic mode it is)', async () => {
    const { loaded } = await visit(personDataDir(settings(true), userData));
    // Kept in memory for the visit, so nothing is lost while the app is open.
    expect(loaded).toMatchObject({ status: 'loaded', document: { answers: { age: '18-plus' } } });
    expect(existsSync(userData)).toBe(false);
    expect(await readdir(root)).toEqual([]);

    await visit(personDataDir(settings(false), userData));
    expect((await readdir(userData)).sort()).toEqual(['answers.json']);
  });

  it('reads nothing from disk either: a previous person’s saved answers and settings are not shown', async () => {
    await mkdir(userData);
    await writeFile(path.join(userData, 'answers.json'), JSON.stringify({ ...emptyAnswers('self'), answers: { age: '18-plus' } }));
    await writeFile(path.join(userData, 'preferences.json'), JSON.stringify({ schemaVersion: 1, language: 'es' }));
    // The control: outside clinic mode they would be opened.
    expect(await createAnswersStore(personDataDir(settings(false), userData)).load()).toMatchObject({ status: 'loaded' });
    expect(await new PreferencesStore(personDataDir(settings(false), userData)).load()).toMatchObject({ language: 'es' });
    const dir = personDataDir(settings(true), userData);
    expect(await createAnswersStore(dir).load()).toEqual({ status: 'empty' });
    const preferences = new PreferencesStore(dir);
    expect(await preferences.load()).toEqual(NOTHING_STORED);
    expect(preferences.filePath).toBeNull();
  });
});
