// Where the app's own pages live. Production pages are served from app://bundle/ by the protocol
// handler; in development the renderer may come from the Vite dev server instead.

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface OriginPolicy {
  /** The Vite dev server's origin (http://localhost:5173) when running in development, else null. */
  devServerOrigin: string | null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for a page of the app itself: app://bundle/…, or the dev server in development. */
export function isAppUrl(url: string, policy: OriginPolicy): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return policy.devServerOrigin !== null && parsed.origin === policy.devServerOrigin;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's URL from ELECTRON_RENDERER_URL, honoured only in an unpackaged app and only on
 * this machine (http(s) on loopback); anything else means: serve the built renderer from app://.
 */
export function devServerUrlFrom(value: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  return web && LOOPBACK_HOSTS.has(url.hostname) && !url.username && !url.password ? url.href : undefined;
}
