// The visible warning before clinic mode clears everything: it counts down, and any key or click
// (or the button, for screen readers that send only a click) keeps the person's work.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdleCountdown } from './useIdleCountdown';

export function IdleWarning({ idleMinutes, onExpire }: { idleMinutes: number; onExpire: () => void }) {
  const { t } = useTranslation();
  const { secondsLeft, cancel } = useIdleCountdown(idleMinutes, onExpire);
  const button = useRef<HTMLButtonElement>(null);
  const open = secondsLeft !== null;

  // The warning takes focus (so it is announced) and gives it back when cancelled.
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    button.current?.focus();
    return () => before?.focus();
  }, [open]);

  if (!open) return null;
  return (
    <div className="idle-backdrop">
      <div className="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
        <p id="idle-title" className="confirm-title">
          {t('clinic.idleTitle')}
        </p>
        <p id="idle-body">{t('clinic.idleBody', { count: secondsLeft })}</p>
        <button ref={button} type="button" className="button-primary" onClick={cancel}>
          {t('clinic.stillHere')}
        </button>
      </div>
    </div>
  );
}
