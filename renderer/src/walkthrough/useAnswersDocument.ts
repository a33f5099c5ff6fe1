// The answers document for the whole UI: loaded once through the bridge, changed only through
// `change`, and saved automatically (shortly after each change, and at once when the page hides).
// A save that fails keeps everything in memory and says so; the next change tries again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyAnswers } from '../../../shared/answers/schema';
import type { AnswersDocument } from '../../../shared/answers/types';
import type { DecisionAidApi, LoadOutcome } from '../../../shared/bridge/contract';

const SAVE_DELAY_MS = 250;

export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; message: string };
export type LoadNotice = Exclude<LoadOutcome, { status: 'empty' } | { status: 'loaded' }>;

/**
 * `opening` is the host's answer to loadAnswers when it was asked early (at start, in parallel with
 * loading the text); without it the hook asks itself.
 */
export function useAnswersDocument(bridge: DecisionAidApi, opening?: Promise<LoadOutcome>) {
  const [doc, setDoc] = useState<AnswersDocument | null>(null);
  const [notice, setNotice] = useState<LoadNotice | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const pending = useRef<AnswersDocument | null>(null);
  // The latest document, readable synchronously so quick successive changes build on each other.
  const latest = useRef<AnswersDocument | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    (opening ?? bridge.loadAnswers()).then(
      (outcome) => {
        if (!live) return;
        latest.current = outcome.status === 'loaded' || outcome.status === 'restored-previous' ? outcome.document : emptyAnswers('self');
        setDoc(latest.current);
        if (outcome.status === 'restored-previous' || outcome.status === 'set-aside') setNotice(outcome);
      },
      (error: unknown) => {
        if (!live) return;
        // Nothing could be read: start fresh in memory, and say so; nothing on disk is touched.
        latest.current = emptyAnswers('self');
        setDoc(latest.current);
        setLoadError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
  }, [bridge, opening]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setSave({ status: 'saving' });
    bridge.saveAnswers(next).then(
      () => setSave((s) => (pending.current ? s : { status: 'saved' })),
      (error: unknown) => setSave({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [bridge]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);


  const change = useCallback(
    (update: (doc: AnswersDocument) => AnswersDocument) => {
      const current = latest.current;
      if (!current) return;
      const next = update(current);
      if (next === current) return;
      latest.current = next;
      setDoc(next);
      pending.current = next;
      // Never claim "all changes saved" while a change waits to be written.
      setSave({ status: 'saving' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  /** Replaces the whole document (start fresh, import) and saves it at once. */
  const replace = useCallback(
    (next: AnswersDocument) => {
      latest.current = next;
      setDoc(next);
      pending.current = next;
      flush();
    },
    [flush],
  );

  return { doc, change, replace, save, notice, dismissNotice: () => setNotice(null), loadError };
}
