// Guards for everything that could take the window somewhere else or reach the network.
import { isAppUrl, type OriginPolicy } from './app-origin';

/** A navigation (link, form, redirect, location change) may only stay on the app's own pages. */
export function isAllowedNavigation(url: string, policy: OriginPolicy): boolean {
  return isAppUrl(url, policy);
}

/**
 * Every request the session makes passes here; anything that is not the app's own content is
 * cancelled, so the app makes no network request at all. In development the dev server's
 * hot-reload socket is allowed too.
 */
export function isAllowedRequest(url: string, policy: OriginPolicy): boolean {
  if (isAppUrl(url, policy)) return true;
  if (url.startsWith('devtools://')) return policy.devServerOrigin !== null;
  if (policy.devServerOrigin !== null) {
    const socket = policy.devServerOrigin.replace(/^http/, 'ws');
    return url === socket || url.startsWith(`${socket}/`);
  }
  return false;
}
