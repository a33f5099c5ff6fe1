// The answers document for the whole UI: loaded once through the bridge, changed only through
// `change`, and saved automatically (shortly after each change, and at once when the page hides).
// A save that fails keeps everything in memory and says so; the next change tries again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyAnswers } from '../../../shared/answers/empty';
import type { AnswersDocument } from '../../../shared/answers/types';
import type { DecisionAidApi, LoadOutcome } from '../../../shared/bridge/contract';

const SAVE_DELAY_MS = 250;

export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; message: string };
export type LoadNotice = Exclude<LoadOutcome, { status: 'empty' } | { status: 'loaded' }>;

/** What opening the saved answers gave: the host's outcome, or why nothing could be read. */
export type Opened = { outcome: LoadOutcome } | { error: string };

/**
 * Asks the host for the saved answers. Done once at start, in parallel with loading the text, so the
 * first screen is drawn with the answers already there (one render, no loading state in between).
 */
export function openAnswers(bridge: DecisionAidApi): Promise<Opened> {
  return bridge.loadAnswers().then(
    (outcome) => ({ outcome }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
}

function documentFrom(opened: Opened): AnswersDocument {
  if ('outcome' in opened && (opened.outcome.status === 'loaded' || opened.outcome.status === 'restored-previous')) return opened.outcome.document;
  // Nothing saved, nothing readable, or set aside: start fresh in memory; nothing on disk is touched.
  return emptyAnswers('self');
}

function noticeFrom(opened: Opened): LoadNotice | null {
  if (!('outcome' in opened)) return null;
  const { outcome } = opened;
  return outcome.status === 'restored-previous' || outcome.status === 'set-aside' ? outcome : null;
}

export function useAnswersDocument(bridge: DecisionAidApi, opened: Opened) {
  const [doc, setDoc] = useState<AnswersDocument>(() => documentFrom(opened));
  const [notice, setNotice] = useState<LoadNotice | null>(() => noticeFrom(opened));
  const loadError = 'error' in opened ? opened.error : null;
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const pending = useRef<AnswersDocument | null>(null);
  // The latest document, readable synchronously so quick successive changes build on each other.
  const latest = useRef<AnswersDocument>(doc);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

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
