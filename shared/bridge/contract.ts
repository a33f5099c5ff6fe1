// The one contract between the renderer and whatever hosts it (the Electron main process, or the
// browser implementation used for preview and tests). Every call, its request and its response are
// declared here once; both sides validate with these schemas.
import * as z from 'zod/mini';
import { answersDocumentSchema } from '../answers/schema';
import type { AnswersDocument } from '../answers/types';
import { clinicInfoSchema } from '../clinic/policy';
import { SUPPORTED_LANGUAGES } from '../i18n/languages';
import { preferencesPatchSchema, preferencesSchema } from '../preferences-schema';
import { PAPER_SIZES } from '../print/paper';
import type { BridgeEnvelope, BridgeErrorInfo, BridgeMethod, HostCommand } from './methods';

const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Clinic mode (a shared computer): how long the page waits before it offers to clear; null when off. */
  clinic: clinicInfoSchema,
  /**
   * Clinic mode only: this copy replaced a plain one that a launch for clinic use closed, so the page
   * says why the window changed and that earlier answers were kept. False after the first clear.
   */
  restartedForClinic: z.boolean(),
});

const noRequest = z.undefined();

// Validated by the answers schema at run time; typed as the answers document everywhere else.
const documentSchema = answersDocumentSchema as unknown as z.ZodMiniType<AnswersDocument, AnswersDocument>;

const problemKind = z.enum(['not-json', 'invalid', 'newer-version', 'too-large', 'unreadable']);

/** What the host found when it opened the saved answers. */
const loadOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('empty') }),
  z.object({ status: z.literal('loaded'), document: documentSchema }),
  z.object({
    status: z.literal('restored-previous'),
    document: documentSchema,
    problem: z.nullable(z.object({ kind: problemKind, detail: z.string(), keptAt: z.string() })),
  }),
  z.object({ status: z.literal('set-aside'), problem: z.object({ kind: problemKind, detail: z.string(), keptAt: z.string() }) }),
]);

const exportOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);

const importOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), document: documentSchema, fileName: z.string() }),
  z.object({ status: z.literal('rejected'), problem: z.object({ kind: problemKind, detail: z.string() }), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);

const printRequestSchema = z.strictObject({ paperSize: z.enum(PAPER_SIZES), language: z.enum(SUPPORTED_LANGUAGES) });

/** A printer's system name: never a path, never long (Windows and CUPS names stay far below this). */
const printerNameSchema = z.string().check(z.minLength(1), z.maxLength(256));

/** Clinic mode prints only to a printer named here, one of the computer's real printers. */
const printToRequestSchema = z.strictObject({
  paperSize: z.enum(PAPER_SIZES),
  language: z.enum(SUPPORTED_LANGUAGES),
  printer: printerNameSchema,
});

/** The real printers clinic mode offers (no file writers, no fax): names and labels only. */
const printerChoiceSchema = z.object({
  printers: z.array(z.object({ name: printerNameSchema, label: z.string() })),
  defaultPrinter: z.nullable(printerNameSchema),
});

const printOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  /** The browser preview cannot write a PDF itself: it opened the print dialog, where "Save as PDF" is. */
  z.object({ status: z.literal('print-dialog') }),
  z.object({ status: z.literal('cancelled') }),
]);

export const bridgeContract = {
  getAppInfo: { request: noRequest, response: appInfoSchema },
  getPreferences: { request: noRequest, response: preferencesSchema },
  updatePreferences: { request: preferencesPatchSchema, response: preferencesSchema },
  loadAnswers: { request: noRequest, response: loadOutcomeSchema },
  saveAnswers: { request: documentSchema, response: z.object({ saved: z.literal(true) }) },
  // `notErased`: names (never paths) of the files that could not be removed; the preferences are reset regardless.
  eraseEverything: { request: noRequest, response: z.object({ erased: z.boolean(), notErased: z.array(z.string()) }) },
  exportAnswers: { request: documentSchema, response: exportOutcomeSchema },
  importAnswers: { request: noRequest, response: importOutcomeSchema },
  printSheet: { request: printRequestSchema, response: printOutcomeSchema },
  saveSheetPdf: { request: printRequestSchema, response: printOutcomeSchema },
  // Clinic mode only: printing straight to a real printer, without the system dialog.
  listPrinters: { request: noRequest, response: printerChoiceSchema },
  printSheetTo: { request: printToRequestSchema, response: printOutcomeSchema },
} as const satisfies Record<BridgeMethod, { request: z.ZodMiniType; response: z.ZodMiniType }>;

type Contract = typeof bridgeContract;
export type BridgeRequest<M extends BridgeMethod> = z.input<Contract[M]['request']>;
export type BridgeResponse<M extends BridgeMethod> = z.output<Contract[M]['response']>;
export type AppInfo = BridgeResponse<'getAppInfo'>;
export type LoadOutcome = BridgeResponse<'loadAnswers'>;
export type ImportOutcome = BridgeResponse<'importAnswers'>;
export type ExportOutcome = BridgeResponse<'exportAnswers'>;
export type PrintOutcome = BridgeResponse<'printSheet'>;
export type PrinterChoice = BridgeResponse<'listPrinters'>;

/** What the renderer may call. Implemented by the preload and by the browser bridge. */
export type DecisionAidApi = {
  [M in BridgeMethod]: BridgeRequest<M> extends undefined
    ? () => Promise<BridgeResponse<M>>
    : (request: BridgeRequest<M>) => Promise<BridgeResponse<M>>;
} & {
  /** Listens for host commands (the native menu's Print…); returns a function that stops listening. */
  onCommand(listener: (command: HostCommand) => void): () => void;
};

/** What a host implements: plain functions of already-validated requests. */
export type BridgeHandlers = {
  [M in BridgeMethod]: (request: BridgeRequest<M>) => Promise<BridgeResponse<M>> | BridgeResponse<M>;
};

/** Checks a payload against the method's request schema; a failure names the path that is wrong. */
export function parseBridgeRequest<M extends BridgeMethod>(
  method: M,
  payload: unknown,
): { ok: true; value: BridgeRequest<M> } | { ok: false; error: BridgeErrorInfo } {
  const result = bridgeContract[method].request.safeParse(payload);
  if (result.success) return { ok: true, value: result.data as BridgeRequest<M> };
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(request)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, error: { code: 'invalid-request', message: `${method}: ${issues}` } };
}

/**
 * Runs one call the way every host must: validate the payload, call the handler, and turn any
 * failure into an error envelope (never a thrown exception across the bridge).
 */
export async function dispatchBridgeCall<M extends BridgeMethod>(
  handlers: BridgeHandlers,
  method: M,
  payload: unknown,
): Promise<BridgeEnvelope<BridgeResponse<M>>> {
  const parsed = parseBridgeRequest(method, payload);
  if (!parsed.ok) return parsed;
  try {
    const handler = handlers[method] as (request: BridgeRequest<M>) => Promise<BridgeResponse<M>>;
    return { ok: true, value: await handler(parsed.value) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'failed', message: `${method}: ${message}` } };
  }
}
