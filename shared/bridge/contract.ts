// The one contract between the renderer and whatever hosts it (the Electron main process, or the
// browser implementation used for preview and tests). Every call, its request and its response are
// declared here once; both sides validate with these schemas.
import * as z from 'zod/mini';
import { preferencesPatchSchema, preferencesSchema } from '../preferences';
import type { BridgeEnvelope, BridgeErrorInfo, BridgeMethod } from './methods';

const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
});

const noRequest = z.undefined();

export const bridgeContract = {
  getAppInfo: { request: noRequest, response: appInfoSchema },
  getPreferences: { request: noRequest, response: preferencesSchema },
  updatePreferences: { request: preferencesPatchSchema, response: preferencesSchema },
} as const satisfies Record<BridgeMethod, { request: z.ZodMiniType; response: z.ZodMiniType }>;

type Contract = typeof bridgeContract;
export type BridgeRequest<M extends BridgeMethod> = z.input<Contract[M]['request']>;
export type BridgeResponse<M extends BridgeMethod> = z.output<Contract[M]['response']>;
export type AppInfo = BridgeResponse<'getAppInfo'>;

/** What the renderer may call. Implemented by the preload and by the browser bridge. */
export type DecisionAidApi = {
  [M in BridgeMethod]: BridgeRequest<M> extends undefined
    ? () => Promise<BridgeResponse<M>>
    : (request: BridgeRequest<M>) => Promise<BridgeResponse<M>>;
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
