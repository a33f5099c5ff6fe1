// The app's locks on its session and on every web contents, written against the few Electron
// methods they use, so tests can drive them with plain objects (Electron security items 5, 11–14, 17).
import type { Session, WebContents } from 'electron';
import type { OriginPolicy } from './app-origin';
import { isAllowedNavigation, isAllowedRequest } from './navigation';

type Preventable = { preventDefault: () => void; url?: string };

/** Navigation away, redirects, new windows and <webview> are refused on every web contents. */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, policy: OriginPolicy): void {
  const block = (event: Preventable, url: string): void => {
    if (!isAllowedNavigation(url, policy)) event.preventDefault();
  };
  const on = contents.on.bind(contents) as (event: string, listener: (event: Preventable, ...rest: unknown[]) => void) => void;
  on('will-navigate', (event) => block(event, event.url ?? ''));
  on('will-frame-navigate', (event) => block(event, event.url ?? ''));
  on('will-redirect', (event) => block(event, event.url ?? ''));
  on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Every permission is refused and every request outside the app is cancelled. */
export function hardenSession(
  ses: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
    webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
  },
  policy: OriginPolicy,
): void {
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, policy) }));
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}
