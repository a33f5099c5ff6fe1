// What to do when the page's process is gone (render-process-gone): load the page again, but not
// forever. A page that keeps crashing gets a calm message instead of a loop of blank windows.

export type CrashStep = 'reload' | 'give-up' | 'ignore';

export interface CrashPolicyOptions {
  /** Reloads allowed within `periodMs` before giving up. */
  maxReloads?: number;
  periodMs?: number;
  now?: () => number;
}

export function createCrashPolicy({ maxReloads = 3, periodMs = 60_000, now = Date.now }: CrashPolicyOptions = {}): () => CrashStep {
  const reloads: number[] = [];
  let gaveUp = false;
  return () => {
    if (gaveUp) return 'ignore';
    const time = now();
    while (reloads.length > 0 && (reloads[0] ?? 0) <= time - periodMs) reloads.shift();
    if (reloads.length >= maxReloads) {
      gaveUp = true;
      return 'give-up';
    }
    reloads.push(time);
    return 'reload';
  };
}
