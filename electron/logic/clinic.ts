// Clinic mode in the main process: where the policy file is on each system, how it is read, and
// where the person's data may go. The rules themselves are in shared/clinic.
import path from 'node:path';
import { decideClinicSettings, type ClinicSettings, type PolicyRead } from '../../shared/clinic/policy';

/** The command-line switch that turns clinic mode on (for a shortcut), whatever the policy says. */
export const CLINIC_SWITCH = '--clinic';
export const POLICY_FILE_NAME = 'policy.json';
/** The folder under the system-wide location: the product name, and the package name under /etc. */
export const POLICY_DIR_NAME = 'LDN for ADHD Decision Aid';
export const POLICY_DIR_NAME_LINUX = 'ldn-adhd-decision-aid';

/**
 * The system-wide policy file: %ProgramData% on Windows, /Library/Application Support on macOS,
 * /etc elsewhere. Only administrators can write there, so a person at the computer cannot turn
 * clinic mode off.
 */
export function policyFilePath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string {
  if (platform === 'win32') return path.win32.join(env.ProgramData || 'C:\\ProgramData', POLICY_DIR_NAME, POLICY_FILE_NAME);
  if (platform === 'darwin') return path.posix.join('/Library/Application Support', POLICY_DIR_NAME, POLICY_FILE_NAME);
  return path.posix.join('/etc', POLICY_DIR_NAME_LINUX, POLICY_FILE_NAME);
}

export interface ClinicStartInputs {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  argv: readonly string[];
  /** Reads a file as UTF-8 (fs.readFileSync in the app); throws as Node does. */
  readText: (filePath: string) => string;
}

export interface ClinicStart {
  settings: ClinicSettings;
  /** A line for the log when the policy could not be used; null when there is nothing to report. */
  log: string | null;
}

function readPolicy(filePath: string, readText: ClinicStartInputs['readText']): PolicyRead {
  try {
    return { status: 'read', text: readText(filePath) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    // Only a file that is not there means "no policy"; anything else (no permission, a folder of
    // that name, a read error) is a policy that exists but cannot be read.
    if (code === 'ENOENT') return { status: 'missing' };
    return { status: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Decides, once at start, how the app runs on this computer. */
export function readClinicSettings({ platform, env, argv, readText }: ClinicStartInputs): ClinicStart {
  const filePath = policyFilePath(platform, env);
  const settings = decideClinicSettings(readPolicy(filePath, readText), argv.includes(CLINIC_SWITCH));
  const log = settings.problem ? `Clinic policy ${filePath}: ${settings.problem}. Running in clinic mode with the default settings.` : null;
  return { settings, log };
}

/** Where the person's answers and preferences are kept: the user-data folder, or nowhere (memory only). */
export function personDataDir(settings: ClinicSettings, userDataDir: string): string | null {
  return settings.clinic ? null : userDataDir;
}

/** What a launch tells the running copy (requestSingleInstanceLock's additionalData). */
export interface LaunchData {
  clinic: boolean;
}

/**
 * Whether a later launch asked for clinic mode: by its switch, or by what it sent along (a policy
 * or a switch the running copy cannot see). The stricter mode wins, so either is enough.
 */
export function launchWantsClinic(argv: readonly string[], data: unknown): boolean {
  const sent = typeof data === 'object' && data !== null && (data as Partial<LaunchData>).clinic === true;
  return sent || argv.includes(CLINIC_SWITCH);
}

/** The command line for starting again in clinic mode: the same one, with the switch once. */
export function clinicRelaunchArgs(argv: readonly string[]): string[] {
  return [...argv.slice(1).filter((arg) => arg !== CLINIC_SWITCH), CLINIC_SWITCH];
}

/**
 * The window's session in clinic mode: a partition without "persist:" lives in memory only, so its
 * storage, cache and zoom levels never reach the disk. Null: the default session (outside clinic mode).
 */
export function sessionPartition(settings: ClinicSettings): string | null {
  return settings.clinic ? 'clinic' : null;
}
