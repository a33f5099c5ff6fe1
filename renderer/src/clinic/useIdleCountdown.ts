// The idle clock of clinic mode. It starts at the person's first key, click or scroll (an untouched
// app has nothing to clear), restarts with each one, and after the idle time counts down; any key,
// click or scroll during the countdown cancels it. Times are read from Date.now(), not counted in
// ticks, so a busy or throttled page still clears on time.
import { useCallback, useEffect, useRef, useState } from 'react';
import { COUNTDOWN_SECONDS } from '../../../shared/clinic/timing';

const ACTIVITY = ['keydown', 'pointerdown', 'wheel'] as const;

export function useIdleCountdown(idleMinutes: number, onExpire: () => void): { secondsLeft: number | null; cancel: () => void } {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });

  const restart = useCallback(() => {
    setDeadline(null);
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => {
      const started = Date.now();
      setNow(started);
      setDeadline(started + COUNTDOWN_SECONDS * 1000);
    }, idleMinutes * 60_000);
  }, [idleMinutes]);

  useEffect(() => {
    // Capture: a key or click counts even where the page stops it from bubbling.
    for (const type of ACTIVITY) window.addEventListener(type, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(idleTimer.current);
      for (const type of ACTIVITY) window.removeEventListener(type, restart, { capture: true });
    };
  }, [restart]);

  useEffect(() => {
    if (deadline === null) return;
    const tick = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time < deadline) return;
      clearInterval(tick);
      // Not armed again until someone uses the app: the cleared app waits quietly.
      setDeadline(null);
      expire.current();
    }, 250);
    return () => clearInterval(tick);
  }, [deadline]);

  return { secondsLeft: deadline === null ? null : Math.max(0, Math.ceil((deadline - now) / 1000)), cancel: restart };
}
