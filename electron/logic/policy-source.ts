// Where the clinic policy is on each system and how it is read, so that only an administrator can
// set it. No environment variable takes part: the person starting the app controls those.
// - Windows: the machine policy key in the registry (HKLM\SOFTWARE\Policies\...), which only
//   administrators (or Group Policy) can write, read with reg.exe by its full path.
// - macOS and Linux: a file under /Library/Application Support or /etc, trusted only when it and its
//   folder are owned by root and not writable by group or others; opened without following a link
//   and without waiting (a FIFO is refused at once), and never read past a small limit.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { PolicyRead } from '../../shared/clinic/policy';

export const POLICY_FILE_NAME = 'policy.json';
/** The folder under the system-wide location: the product name, and the package name under /etc. */
export const POLICY_DIR_NAME = 'LDN for ADHD Decision Aid';
export const POLICY_DIR_NAME_LINUX = 'ldn-adhd-decision-aid';
export const POLICY_REGISTRY_KEY = `HKLM\\SOFTWARE\\Policies\\${POLICY_DIR_NAME}`;
/** By its full path: a reg.exe found through PATH or the current folder could be anyone's. */
export const REG_EXE = 'C:\\Windows\\System32\\reg.exe';
/** A real policy is a few lines. */
export const POLICY_MAX_BYTES = 16 * 1024;

export type PolicyLocation = { kind: 'registry'; key: string } | { kind: 'file'; path: string };

export function policyLocation(platform: NodeJS.Platform): PolicyLocation {
  if (platform === 'win32') return { kind: 'registry', key: POLICY_REGISTRY_KEY };
  if (platform === 'darwin') return { kind: 'file', path: path.posix.join('/Library/Application Support', POLICY_DIR_NAME, POLICY_FILE_NAME) };
  return { kind: 'file', path: path.posix.join('/etc', POLICY_DIR_NAME_LINUX, POLICY_FILE_NAME) };
}

/** Where the policy is, for the log. */
export function describeLocation(location: PolicyLocation): string {
  return location.kind === 'registry' ? location.key : location.path;
}

function writableByOthers(mode: number): boolean {
  return (mode & 0o022) !== 0;
}

/** Reads the POSIX policy file. `trustedOwner`: root (0) in the app; the tests' own user in tests. */
export function readPosixPolicy(filePath: string, { trustedOwner = 0 }: { trustedOwner?: number } = {}): PolicyRead {
  const unreadable = (reason: string): PolicyRead => ({ status: 'unreadable', reason });
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO does not hold start-up; O_NOFOLLOW: a link is refused (ELOOP).
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? 'read error';
    return code === 'ENOENT' ? { status: 'missing' } : unreadable(code);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return unreadable('not a regular file');
    if (stats.uid !== trustedOwner) return unreadable(`the owner is not ${trustedOwner === 0 ? 'root' : 'the trusted user'}`);
    if (writableByOthers(stats.mode)) return unreadable('group or others may write the file');
    const folder = lstatSync(path.dirname(filePath));
    if (!folder.isDirectory() || folder.uid !== trustedOwner || writableByOthers(folder.mode)) return unreadable('the folder may be written by others');
    if (stats.size > POLICY_MAX_BYTES) return unreadable(`the file is too large (${stats.size} bytes)`);
    const buffer = Buffer.alloc(POLICY_MAX_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > POLICY_MAX_BYTES) return unreadable('the file is too large');
    return { status: 'read', text: new TextDecoder('utf-8').decode(buffer.subarray(0, length)) };
  } catch (error) {
    return unreadable((error as NodeJS.ErrnoException | null)?.code ?? 'read error');
  } finally {
    closeSync(fd);
  }
}

/** The registry's value names, as the policy file names them. */
const REGISTRY_NAMES: Record<string, string> = {
  clinicmode: 'clinicMode',
  idleminutes: 'idleMinutes',
  defaultlanguage: 'defaultLanguage',
  papersize: 'paperSize',
  printer: 'printer',
};

/**
 * The policy key's values (reg.exe query output) as policy JSON. An unknown value name is kept as
 * it is, so the strict policy schema refuses it, as a typo in the file would be (fail safe).
 */
export function policyFromRegQuery(stdout: string): string {
  const policy: Record<string, unknown> = {};
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^\s+(\S+)\s+(REG_DWORD|REG_SZ)\s+(.*)$/.exec(line);
    if (!match) continue;
    const [, name = '', type, value = ''] = match;
    const key = REGISTRY_NAMES[name.toLowerCase()] ?? name;
    if (type === 'REG_SZ') policy[key] = value.trim();
    else {
      const number = Number.parseInt(value.trim(), 16);
      policy[key] = key === 'clinicMode' ? number !== 0 : number;
    }
  }
  return JSON.stringify(policy);
}

export type RunResult = { status: number | null; stdout: string; error?: string };

/** Reads the policy key. reg.exe ends with 1 when the key is not there: no policy. */
export function readWindowsPolicy(run: (file: string, args: string[]) => RunResult): PolicyRead {
  const result = run(REG_EXE, ['query', POLICY_REGISTRY_KEY]);
  if (result.status === 1) return { status: 'missing' };
  if (result.status !== 0) return { status: 'unreadable', reason: `reg.exe: ${result.error ?? `exit ${String(result.status)}`}` };
  return { status: 'read', text: policyFromRegQuery(result.stdout) };
}
