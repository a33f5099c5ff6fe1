// Clinic mode, as an administrator sets it for a shared computer: the policy file's schema, its
// parser, and how the file (or its absence, or its failure) and the `--clinic` switch decide how the
// app runs. Pure: the main process reads the file and hands the outcome here.
import * as z from 'zod/mini';
import { SUPPORTED_LANGUAGES, type Language } from '../i18n/languages';
import { PAPER_SIZES, type PaperSize } from '../print/paper';
import { DEFAULT_IDLE_MINUTES, IDLE_MINUTES_MAX, IDLE_MINUTES_MIN } from './timing';

/** A real policy is a few lines; anything much larger is not one and is not parsed. */
export const POLICY_MAX_CHARS = 16 * 1024;

/** Longer than any printer name Windows or CUPS accepts. */
export const POLICY_PRINTER_MAX_CHARS = 256;

const idleMinutesSchema = z.int().check(z.gte(IDLE_MINUTES_MIN), z.lte(IDLE_MINUTES_MAX));

/**
 * The policy file. Strict: an unknown key is most likely a typo of a known one, and a typo must not
 * silently switch clinic mode off, so it makes the file invalid (and the app fails safe).
 */
export const clinicPolicySchema = z.strictObject({
  clinicMode: z.boolean(),
  idleMinutes: z.optional(idleMinutesSchema),
  defaultLanguage: z.optional(z.enum(SUPPORTED_LANGUAGES)),
  paperSize: z.optional(z.enum(PAPER_SIZES)),
  /** The one printer clinic mode prints to, by its system name (as `Get-Printer` or `lpstat -p` shows it). */
  printer: z.optional(z.string().check(z.minLength(1), z.maxLength(POLICY_PRINTER_MAX_CHARS))),
});
export type ClinicPolicy = z.infer<typeof clinicPolicySchema>;

/** What the renderer is told about clinic mode (in getAppInfo's answer); null when it is off. */
export const clinicInfoSchema = z.nullable(z.strictObject({ idleMinutes: idleMinutesSchema }));
export type ClinicInfo = z.infer<typeof clinicInfoSchema>;

/** What reading the policy file gave. */
export type PolicyRead = { status: 'missing' } | { status: 'unreadable'; reason: string } | { status: 'read'; text: string };

export type PolicyParse = { ok: true; policy: ClinicPolicy } | { ok: false; reason: string };

export interface ClinicSettings {
  clinic: ClinicInfo;
  /** The machine's defaults from the policy; the person's own choices (outside clinic mode) win. */
  defaults: { language: Language | null; paperSize: PaperSize | null };
  /** The printer the policy names (clinic mode then offers only that one); null: any real printer. */
  printer: string | null;
  /** Why the app is failing safe into clinic mode, for the log; null when nothing went wrong. */
  problem: string | null;
}

/** Parses the text of a policy file. Never throws: a failure says why, naming the field. */
export function parseClinicPolicy(text: string): PolicyParse {
  if (text.length > POLICY_MAX_CHARS) return { ok: false, reason: `the file is larger than ${POLICY_MAX_CHARS} characters` };
  let raw: unknown;
  try {
    // Windows editors often save UTF-8 with a byte-order mark; JSON.parse refuses it.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = clinicPolicySchema.safeParse(raw);
  if (result.success) return { ok: true, policy: result.data };
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : '(file)';
      const keys = issue.code === 'unrecognized_keys' ? ` ${issue.keys.join(', ')}` : '';
      return `${where}: ${issue.code}${keys}`;
    })
    .join('; ');
  return { ok: false, reason: `not a valid policy (${issues})` };
}

const CLINIC_DEFAULTS: ClinicSettings = {
  clinic: { idleMinutes: DEFAULT_IDLE_MINUTES },
  defaults: { language: null, paperSize: null },
  printer: null,
  problem: null,
};

/**
 * How the app runs. No policy file: as usual, unless the switch asks for clinic mode. A valid file:
 * as it says (the switch can only turn clinic mode on, never off); a file with clinicMode false is
 * the same as no file (nothing of it is used). A file that exists but cannot be
 * read or is invalid: clinic mode with the defaults, and the reason, so it can be logged (fail safe:
 * a broken policy must never leave a shared computer keeping what people enter).
 */
export function decideClinicSettings(read: PolicyRead, clinicSwitch: boolean): ClinicSettings {
  if (read.status === 'missing') return clinicSwitch ? CLINIC_DEFAULTS : { ...CLINIC_DEFAULTS, clinic: null };
  const parsed: PolicyParse = read.status === 'read' ? parseClinicPolicy(read.text) : { ok: false, reason: `cannot be read (${read.reason})` };
  if (!parsed.ok) return { ...CLINIC_DEFAULTS, problem: parsed.reason };
  const { policy } = parsed;
  // A file that does not itself turn clinic mode on gives nothing: the switch then runs with the defaults.
  if (!policy.clinicMode) return clinicSwitch ? CLINIC_DEFAULTS : { ...CLINIC_DEFAULTS, clinic: null };
  return {
    clinic: { idleMinutes: policy.idleMinutes ?? DEFAULT_IDLE_MINUTES },
    defaults: { language: policy.defaultLanguage ?? null, paperSize: policy.paperSize ?? null },
    printer: policy.printer ?? null,
    problem: null,
  };
}
