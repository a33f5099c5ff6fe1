// IPC is answered only for the app's own page in the app's own window (Electron security item 17).
import { isAppUrl, type OriginPolicy } from './app-origin';

export interface SenderFacts {
  /** URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null;
  /** Whether that frame is the top frame of its page (not an iframe). */
  isMainFrame: boolean;
  /** Whether the message came from a window this app created. */
  fromAppWindow: boolean;
}

export function isTrustedSender(sender: SenderFacts, policy: OriginPolicy): boolean {
  return sender.fromAppWindow && sender.isMainFrame && sender.frameUrl !== null && isAppUrl(sender.frameUrl, policy);
}
