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
