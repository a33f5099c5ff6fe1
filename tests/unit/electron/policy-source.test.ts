// Where the clinic policy comes from, and how it is read: a place only an administrator can write
// (no environment variable decides it), read bounded and without waiting, and trusted only when
// ordinary users cannot have written it.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, constants, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { policyFromRegQuery, policyLocation, readPosixPolicy, readWindowsPolicy, REG_EXE, POLICY_REGISTRY_KEY } from '../../../electron/logic/policy-source';
import { decideClinicSettings } from '../../../shared/clinic/policy';

let root: string;
let dir: string;
const fifos: string[] = [];
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ldn-policy-'));
  dir = path.join(root, 'policy-dir');
  mkdirSync(dir, { mode: 0o755 });
  chmodSync(dir, 0o755);
});
afterEach(() => {
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // no reader waiting
    }
  }
  rmSync(root, { recursive: true, force: true });
});

// The tests run as root (uid 0) here; the owner the reader trusts is the one running the tests.
const owner = process.getuid?.() ?? 0;
const read = (file: string) => readPosixPolicy(file, { trustedOwner: owner });
function policyFile(text: string, mode = 0o644): string {
  const file = path.join(dir, 'policy.json');
  writeFileSync(file, text);
  chmodSync(file, mode);
  return file;
}

describe('policyLocation', () => {
  it('is fixed for each system, whatever the environment says', () => {
    const saved = process.env['ProgramData'];
    process.env['ProgramData'] = 'D:\\Users\\someone\\Fake';
    try {
      expect(policyLocation('win32')).toEqual({ kind: 'registry', key: 'HKLM\\SOFTWARE\\Policies\\LDN for ADHD Decision Aid' });
    } finally {
      if (saved === undefined) delete process.env['ProgramData'];
      else process.env['ProgramData'] = saved;
    }
    expect(policyLocation('darwin')).toEqual({ kind: 'file', path: '/Library/Application Support/LDN for ADHD Decision Aid/policy.json' });
    expect(policyLocation('linux')).toEqual({ kind: 'file', path: '/etc/ldn-adhd-decision-aid/policy.json' });
  });
});

describe('readPosixPolicy', () => {
  it('reads a file its trusted owner wrote, that no one else may change', () => {
    expect(read(policyFile('{"clinicMode": true}'))).toEqual({ status: 'read', text: '{"clinicMode": true}' });
  });

  it('no file: no policy', () => {
    expect(read(path.join(dir, 'policy.json'))).toEqual({ status: 'missing' });
  });

  it('refuses a file that others may write, or that someone else owns (fail safe: not used as it says)', () => {
    expect(read(policyFile('{"clinicMode": false}', 0o666))).toMatchObject({ status: 'unreadable' });
    expect(read(policyFile('{"clinicMode": false}', 0o664))).toMatchObject({ status: 'unreadable' });
    const file = policyFile('{"clinicMode": false}');
    chownSync(file, owner + 1000, 0);
    expect(read(file)).toMatchObject({ status: 'unreadable', reason: expect.stringContaining('owner') });
  });

  it('refuses a file in a folder others may write (the file could be swapped)', () => {
    const file = policyFile('{"clinicMode": false}');
    chmodSync(dir, 0o777);
    expect(read(file)).toMatchObject({ status: 'unreadable' });
  });

  it('does not follow a link', () => {
    const target = path.join(root, 'elsewhere.json');
    writeFileSync(target, '{"clinicMode": false}');
    symlinkSync(target, path.join(dir, 'policy.json'));
    expect(read(path.join(dir, 'policy.json'))).toMatchObject({ status: 'unreadable' });
  });

  it('refuses a FIFO at once instead of waiting for a writer', { timeout: 3000 }, () => {
    const fifo = path.join(dir, 'policy.json');
    execFileSync('mkfifo', ['-m', '644', fifo]);
    fifos.push(fifo);
    expect(read(fifo)).toMatchObject({ status: 'unreadable' });
  });

  it('refuses a huge file without reading it whole', () => {
    const file = policyFile(`{"clinicMode": true, "x": "${'y'.repeat(50 * 1024 * 1024)}"}`);
    const started = performance.now();
    expect(read(file)).toMatchObject({ status: 'unreadable', reason: expect.stringContaining('large') });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the Windows policy (registry, read with reg.exe from System32)', () => {
  const output = [
    '',
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\LDN for ADHD Decision Aid',
    '    ClinicMode    REG_DWORD    0x1',
    '    IdleMinutes    REG_DWORD    0xa',
    '    DefaultLanguage    REG_SZ    es',
    '    PaperSize    REG_SZ    A4',
    '    Printer    REG_SZ    HP LaserJet MFP (Reception)',
    '',
  ].join('\r\n');

  it('turns the key’s values into a policy', () => {
    expect(JSON.parse(policyFromRegQuery(output))).toEqual({
      clinicMode: true,
      idleMinutes: 10,
      defaultLanguage: 'es',
      paperSize: 'A4',
      printer: 'HP LaserJet MFP (Reception)',
    });
  });

  it('runs reg.exe by its full path, never one found through PATH', () => {
    const calls: { file: string; args: string[] }[] = [];
    const result = readWindowsPolicy((file, args) => {
      calls.push({ file, args });
      return { status: 0, stdout: output };
    });
    expect(calls).toEqual([{ file: REG_EXE, args: ['query', POLICY_REGISTRY_KEY] }]);
    expect(REG_EXE).toBe('C:\\Windows\\System32\\reg.exe');
    expect(result.status).toBe('read');
  });

  it('no key: no policy; reg.exe failing otherwise: fail safe', () => {
    expect(readWindowsPolicy(() => ({ status: 1, stdout: '' }))).toEqual({ status: 'missing' });
    expect(readWindowsPolicy(() => ({ status: null, stdout: '', error: 'ETIMEDOUT' }))).toMatchObject({ status: 'unreadable' });
  });

  it('an unknown value name makes the policy invalid (fail safe)', () => {
    const read = readWindowsPolicy(() => ({ status: 0, stdout: '    ClinicMod    REG_DWORD    0x0\r\n' }));
    expect(decideClinicSettings(read, false).clinic).not.toBeNull();
  });
});
