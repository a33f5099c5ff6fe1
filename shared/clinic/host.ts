// What every host (the Electron main process, and the browser bridge that stands in for it) does
// differently in clinic mode. Kept apart from the policy schema so it loads no validation code.
import type { BridgeHandlers } from '../bridge/contract';
import type { BridgeMethod } from '../bridge/methods';
import { resolvePreferences, type Preferences, type StoredPreferences } from '../preferences';
import type { ClinicInfo, ClinicSettings } from './policy';

/**
 * The calls that put something about the person in a file (or read one in): not on a shared computer.
 * `printSheet` opens the system dialog, whose "Save as PDF" and "Print to File" write files.
 */
export const REFUSED_IN_CLINIC_MODE = ['exportAnswers', 'importAnswers', 'saveSheetPdf', 'printSheet'] as const satisfies readonly BridgeMethod[];

/** Printing straight to a real printer, chosen in the page: clinic mode's replacement for the dialog. */
export const CLINIC_MODE_ONLY = ['listPrinters', 'printSheetTo'] as const satisfies readonly BridgeMethod[];

export const CLINIC_REFUSAL = 'not available on a shared computer (clinic mode)';
export const CLINIC_ONLY_REFUSAL = 'used only in clinic mode (the usual app prints through the system dialog)';

/**
 * The host's handlers as clinic mode allows them: the page does not offer these calls, and the host
 * refuses them too, so nothing but the page's own good behaviour stands between a person and a file.
 */
export function refuseInClinicMode(clinic: ClinicInfo, handlers: BridgeHandlers): BridgeHandlers {
  const [refused, reason] = clinic ? [REFUSED_IN_CLINIC_MODE, CLINIC_REFUSAL] : [CLINIC_MODE_ONLY, CLINIC_ONLY_REFUSAL];
  const refuse = () => Promise.reject(new Error(reason));
  return { ...handlers, ...Object.fromEntries(refused.map((method) => [method, refuse])) };
}

/** The preferences in force, with the policy's language and paper as the machine's defaults. */
export function preferencesUnderPolicy(
  defaults: ClinicSettings['defaults'],
  stored: StoredPreferences,
  systemLanguages: readonly string[],
  region: string | null,
): Preferences {
  const resolved = resolvePreferences(stored, defaults.language ? [defaults.language] : systemLanguages, region);
  return stored.paperSize || !defaults.paperSize ? resolved : { ...resolved, paperSize: defaults.paperSize };
}
