// The small pure pieces behind clinic mode's hardening: forbidden switches, crash recovery, what a
// later launch asks for, and what the page is told about a damaged answers file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicRelaunchArgs, launchWantsClinic, restartedForClinic } from '../../../electron/logic/clinic';
import { decideClinicSettings } from '../../../shared/clinic/policy';
import { createCrashPolicy } from '../../../electron/logic/crash-recovery';
import { forbiddenSwitchesIn } from '../../../electron/logic/forbidden-switches';
import { loadOutcomeForPage } from '../../../electron/logic/load-outcome';

describe('forbiddenSwitchesIn', () => {
  it('finds debugging switches in every form Chromium reads', () => {
    expect(forbiddenSwitchesIn(['app', '--remote-debugging-port=0', '-inspect', '--NO-SANDBOX'], 'linux')).toEqual(['--remote-debugging-port', '-inspect', '--NO-SANDBOX']);
    expect(forbiddenSwitchesIn(['app.exe', '/remote-debugging-pipe'], 'win32')).toEqual(['/remote-debugging-pipe']);
  });

  it('leaves ordinary switches and anything after a lone "--"', () => {
    expect(forbiddenSwitchesIn(['app', '--clinic', '--lang=es', '--', '--inspect'], 'linux')).toEqual([]);
    expect(forbiddenSwitchesIn(['app', '/inspect'], 'linux')).toEqual([]);
  });
});

describe('createCrashPolicy', () => {
  it('reloads up to 3 times a minute, then gives up once and ignores the rest', () => {
    let time = 0;
    const next = createCrashPolicy({ now: () => time });
    expect([next(), next(), next(), next(), next()]).toEqual(['reload', 'reload', 'reload', 'give-up', 'ignore']);
    const spaced = createCrashPolicy({ now: () => time });
    const steps = [0, 1, 2, 3, 4].map(() => {
      time += 61_000;
      return spaced();
    });
    expect(steps).toEqual(['reload', 'reload', 'reload', 'reload', 'reload']);
  });
});

describe('a later launch', () => {
  it('asks for clinic mode by its switch or by what it sends', () => {
    expect(launchWantsClinic(['app', '--clinic'], {})).toBe(true);
    expect(launchWantsClinic(['app'], { clinic: true })).toBe(true);
    expect(launchWantsClinic(['app'], { clinic: 'yes' })).toBe(false);
    expect(launchWantsClinic(['app'], null)).toBe(false);
  });

  it('restarts with the same command line, the switch and the restart marker once', () => {
    expect(clinicRelaunchArgs(['/opt/app', '--clinic', '--lang=es'])).toEqual(['--lang=es', '--clinic', '--clinic-restarted']);
    expect(clinicRelaunchArgs(['/opt/app', '--clinic-restarted', '--clinic'])).toEqual(['--clinic', '--clinic-restarted']);
  });

  it('the restart marker counts only in clinic mode: alone it is nothing', () => {
    const on = decideClinicSettings({ status: 'missing' }, true);
    const off = decideClinicSettings({ status: 'missing' }, false);
    expect(restartedForClinic(on, ['/opt/app', '--clinic', '--clinic-restarted'])).toBe(true);
    expect(restartedForClinic(on, ['/opt/app', '--clinic'])).toBe(false);
    expect(restartedForClinic(off, ['/opt/app', '--clinic-restarted'])).toBe(false);
  });
});

describe('loadOutcomeForPage', () => {
  it('keeps the kind and the file name, drops the detail and the folder', () => {
    const problem = { kind: 'not-json' as const, detail: 'Unexpected token M, "MY-NOTE" is not JSON', keptAt: '/home/ana/.config/app/answers.damaged-1.json' };
    expect(loadOutcomeForPage({ status: 'set-aside', problem }, path.posix.basename)).toEqual({
      status: 'set-aside',
      problem: { kind: 'not-json', detail: '', keptAt: 'answers.damaged-1.json' },
    });
  });
});
