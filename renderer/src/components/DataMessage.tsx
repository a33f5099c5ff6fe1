// What the last save, open or erase of DataActions did, kept apart from DataActions: the message is
// part of the app's layout on every screen, the actions are loaded apart (after the first screen).
import { useSyncExternalStore } from 'react';
import { useText } from '../text-context';

type Message = { tone: 'ok' | 'problem'; text: string } | null;

// The last outcome is kept outside the component: when the app moves on (the document is replaced,
// the screen changes and comes back), the person still sees what happened until something else does.
let lastMessage: Message = null;
const listeners = new Set<() => void>();
export function setLastMessage(message: Message): void {
  lastMessage = message;
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * What the last save, open or erase did. Shown by the app's layout above every screen, so it stays in
 * view when an open or an erase moves the app to another step; it goes when dismissed or replaced.
 */
export function DataMessage() {
  const { t } = useText();
  const message = useSyncExternalStore(subscribe, () => lastMessage, () => null);
  if (!message) return null;
  return (
    <div className={message.tone === 'problem' ? 'notice data-message error' : 'notice data-message success'}>
      <p role={message.tone === 'problem' ? 'alert' : 'status'}>{message.text}</p>
      <button type="button" className="button-small" onClick={() => setLastMessage(null)}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
