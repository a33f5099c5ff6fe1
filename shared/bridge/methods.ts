// The names of the bridge's calls and their IPC channels. Kept apart from the schemas so the
// preload, which only forwards calls, stays tiny and carries no validation library.

export const BRIDGE_METHODS = [
  'getAppInfo',
  'getPreferences',
  'updatePreferences',
  'loadAnswers',
  'saveAnswers',
  'eraseEverything',
  'exportAnswers',
  'importAnswers',
  'printSheet',
  'saveSheetPdf',
  'listPrinters',
  'printSheetTo',
] as const;
export type BridgeMethod = (typeof BRIDGE_METHODS)[number];

/** Calls the page makes at every start, without a request: a host may start answering them early. */
export const STARTUP_CALLS = ['getPreferences', 'loadAnswers', 'getAppInfo'] as const satisfies readonly BridgeMethod[];

export function bridgeChannel(method: BridgeMethod): string {
  return `decision-aid:${method}`;
}

/**
 * Commands the host sends the page (from the native menu): the only main → renderer messages.
 * The page registers one listener with `onCommand`; unknown commands are dropped.
 */
export const HOST_COMMANDS = ['print'] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];
export const COMMAND_CHANNEL = 'decision-aid:command';

export function isHostCommand(value: unknown): value is HostCommand {
  return typeof value === 'string' && (HOST_COMMANDS as readonly string[]).includes(value);
}

/** The global name under which the preload exposes the bridge to the page. */
export const BRIDGE_GLOBAL = 'decisionAid';

/** What crosses IPC: every call resolves to one of these, so a failure is data, never a crash. */
export type BridgeEnvelope<T> = { ok: true; value: T } | { ok: false; error: BridgeErrorInfo };

export type BridgeErrorCode = 'invalid-request' | 'untrusted-sender' | 'failed';
export interface BridgeErrorInfo {
  code: BridgeErrorCode;
  message: string;
}

/** A rejected bridge call. The message starts with the code so it survives the context bridge. */
export class BridgeError extends Error {
  readonly code: BridgeErrorCode;
  constructor(info: BridgeErrorInfo) {
    super(`[${info.code}] ${info.message}`);
    this.name = 'BridgeError';
    this.code = info.code;
  }
}

export function unwrapEnvelope<T>(envelope: BridgeEnvelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new BridgeError(envelope.error);
}
