// Clinic mode in the main process: how the policy (policy-source.ts) and the switch decide it, and
// where the person's data may go. The rules themselves are in shared/clinic.
import { decideClinicSettings, type ClinicSettings, type PolicyRead } from '../../shared/clinic/policy';

/** The command-line switch that turns clinic mode on (for a shortcut), whatever the policy says. */
export const CLINIC_SWITCH = '--clinic';

export interface ClinicStartInputs {
  argv: readonly string[];
  /** Where the policy is (policyLocation), for the log. */
  where: string;
  /** Reads the policy from its place (policy-source.ts): never throws. */
  readPolicy: () => PolicyRead;
}

export interface ClinicStart {
  settings: ClinicSettings;
  /** A line for the log when the policy could not be used; null when there is nothing to report. */
  log: string | null;
}

/** Decides, once at start, how the app runs on this computer. */
export function readClinicSettings({ argv, where, readPolicy }: ClinicStartInputs): ClinicStart {
  const settings = decideClinicSettings(readPolicy(), argv.includes(CLINIC_SWITCH));
  const log = settings.problem ? `Clinic policy ${where}: ${settings.problem}. Running in clinic mode with the default settings.` : null;
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

/**
 * Added only by clinicRelaunchArgs: this clinic copy is a plain copy started again because a launch
 * asked for clinic mode, so the page explains why the window changed. It decides nothing else: without
 * clinic mode it is ignored, and it can never turn clinic mode off or weaken anything.
 */
export const CLINIC_RESTARTED_SWITCH = '--clinic-restarted';

/** The command line for starting again in clinic mode: the same one, with the switch and the marker once. */
export function clinicRelaunchArgs(argv: readonly string[]): string[] {
  return [...argv.slice(1).filter((arg) => arg !== CLINIC_SWITCH && arg !== CLINIC_RESTARTED_SWITCH), CLINIC_SWITCH, CLINIC_RESTARTED_SWITCH];
}

/** Whether the page should say the app was started again for clinic use: only in clinic mode, only with the marker. */
export function restartedForClinic(settings: ClinicSettings, argv: readonly string[]): boolean {
  return settings.clinic !== null && argv.includes(CLINIC_RESTARTED_SWITCH);
}

/**
 * The window's session in clinic mode: a partition without "persist:" lives in memory only, so its
 * storage, cache and zoom levels never reach the disk. Null: the default session (outside clinic mode).
 */
export function sessionPartition(settings: ClinicSettings): string | null {
  return settings.clinic ? 'clinic' : null;
}
