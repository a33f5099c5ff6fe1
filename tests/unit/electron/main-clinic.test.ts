// Clinic mode as main.ts wires it, on the Electron test double: with --clinic, a whole visit writes
// nothing to the user-data folder and the file actions are refused; without it, the same visit saves.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswers } from '../../../shared/answers/empty';
import { createHarness, type Harness } from '../../support/electron-harness';

vi.mock('electron', async () => (await import('../../support/electron-harness')).electronModule());

let root: string;
let h: Harness | undefined;
const argv = [...process.argv];

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ldn-clinic-'));
});
afterEach(() => {
  h?.dispose();
  process.argv.splice(0, process.argv.length, ...argv);
  rmSync(root, { recursive: true, force: true });
});

/** A visit: answers given, a preference changed, then an attempt to save the answers to a file. */
async function visit(clinic: boolean): Promise<{ files: string[]; info: unknown; exported: PromiseSettledResult<unknown> }> {
  // main.ts reads the switch from process.argv, as Electron gives it.
  if (clinic) process.argv.push('--clinic');
  const userData = path.join(root, clinic ? 'clinic' : 'home');
  h = createHarness({ userData, argv: clinic ? ['--clinic'] : [] });
  await h.launch();
  await h.ready();
  const doc = { ...emptyAnswers('self'), answers: { diagnosis: 'yes' as const } };
  await h.invoke('saveAnswers', doc);
  await h.invoke('updatePreferences', { theme: 'dark' });
  const written = () => (existsSync(userData) ? readdirSync(userData, { recursive: true }).map(String) : []);
  const afterAnswers = written();
  const info = await h.invoke('getAppInfo');
  const [exported] = await Promise.allSettled([h.invoke('exportAnswers', doc)]);
  await h.invoke('eraseEverything').catch(() => undefined);
  await h.invoke('saveAnswers', doc);
  return { files: [...new Set([...afterAnswers, ...written()])], info, exported: exported as PromiseSettledResult<unknown> };
}

describe('clinic mode, wired', () => {
  it('with --clinic, nothing about the person reaches the disk, and saving to a file is refused', async () => {
    const { files, info, exported } = await visit(true);
    expect(files).toEqual([]);
    expect(info).toMatchObject({ clinic: { idleMinutes: 5 } });
    expect(exported.status).toBe('rejected');
  });

  it('without it, the same visit saves answers and preferences (so the test above can fail)', async () => {
    const { files, info } = await visit(false);
    expect(files).toEqual(expect.arrayContaining(['answers.json', 'preferences.json']));
    expect(info).toMatchObject({ clinic: null });
  });
});
