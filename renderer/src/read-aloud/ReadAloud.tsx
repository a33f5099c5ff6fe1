// The "Read aloud" control at the top of every screen: read, pause, resume, stop, and a keyboard
// shortcut. Not shown when this computer has no local voice for the screen's language (Settings
// says why).
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLateText } from '../i18n';
import type { ReadingSpeed } from '../../../shared/preferences';
import { useReadAloud } from './useReadAloud';
import { useVoices } from './useVoices';
import { chooseVoice } from './voices';
import { partRoot } from '../part-live';

/** Starts, pauses or resumes reading, from anywhere on the screen. */
export const READ_ALOUD_SHORTCUT = 'Alt+Shift+R';
const isShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR';

const mainArea = () => document.getElementById('main');

export function ReadAloud({ speed }: { speed: ReadingSpeed }) {
  // Its text is in the late part of common.json (shared/i18n/common-split.ts).
  useLateText();
  const { t, i18n } = useTranslation();
  const voices = useVoices();
  const available = chooseVoice(voices, i18n.language) !== null;
  const { state, start, pause, resume, stop } = useReadAloud({ root: mainArea, language: i18n.language, speed, voices });
  const toggle = useCallback(() => (state === 'idle' ? start() : state === 'speaking' ? pause() : resume()), [state, start, pause, resume]);

  useEffect(() => {
    if (!available) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [available, toggle]);

  if (!available) return null;
  const label = state === 'idle' ? t('readAloud.start') : state === 'speaking' ? t('readAloud.pause') : t('readAloud.resume');
  return (
    <div className="read-aloud" role="group" aria-label={t('readAloud.group')} data-read-aloud="skip" {...partRoot('read-aloud')}>
      <button type="button" className="button-small" data-read-aloud-action="toggle" aria-keyshortcuts={READ_ALOUD_SHORTCUT} onClick={toggle}>
        {label}
      </button>
      {state !== 'idle' && (
        <button type="button" className="button-small button-secondary" data-read-aloud-action="stop" onClick={stop}>
          {t('readAloud.stop')}
        </button>
      )}
      <span className="read-aloud-hint">{t('readAloud.shortcut', { keys: READ_ALOUD_SHORTCUT })}</span>
    </div>
  );
}
