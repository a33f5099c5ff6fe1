// Keep, move or remove your answers: save them to a file, open a saved file (asking first when it
// would replace answers already given), or erase everything (after a clear confirmation).
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswersDocument } from '../../../shared/answers/types';
import type { DecisionAidApi } from '../../../shared/bridge/contract';
import { useClinic } from '../clinic/context';

interface Props {
  bridge: DecisionAidApi;
  doc: AnswersDocument;
  onImported: (doc: AnswersDocument) => void;
  onErased: () => void;
}

type Message = { tone: 'ok' | 'problem'; text: string } | null;

// The last outcome is kept outside the component: when the app moves on (the document is replaced,
// the screen changes and comes back), the person still sees what happened until something else does.
let lastMessage: Message = null;
const listeners = new Set<() => void>();
function setLastMessage(message: Message): void {
  lastMessage = message;
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether opening a file would replace something the person already gave. */
function hasAnswers(doc: AnswersDocument): boolean {
  return Object.keys(doc.answers).length > 0 || doc.ownQuestions.length > 0;
}

export function DataActions({ bridge, doc, onImported, onErased }: Props) {
  const { t } = useTranslation();
  const clinic = useClinic();
  const [confirming, setConfirming] = useState<'erase' | 'import' | null>(null);
  const setMessage = setLastMessage;
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus when a confirmation opens.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const failed = (error: unknown) => setMessage({ tone: 'problem', text: t('data.failed', { message: error instanceof Error ? error.message : String(error) }) });

  async function exportAnswers() {
    try {
      const outcome = await bridge.exportAnswers(doc);
      setMessage(outcome.status === 'saved' ? { tone: 'ok', text: t('data.exported', { file: outcome.fileName }) } : null);
    } catch (error) {
      failed(error);
    }
  }

  async function importAnswers() {
    setConfirming(null);
    try {
      const outcome = await bridge.importAnswers();
      if (outcome.status === 'imported') {
        onImported(outcome.document);
        setMessage({ tone: 'ok', text: t('data.imported', { file: outcome.fileName }) });
      } else if (outcome.status === 'rejected') {
        setMessage({ tone: 'problem', text: t(`data.rejected.${outcome.problem.kind}`, { file: outcome.fileName }) });
      }
    } catch (error) {
      failed(error);
    }
  }

  async function erase() {
    try {
      const result = await bridge.eraseEverything();
      setConfirming(null);
      onErased();
      setMessage(
        result.erased ? { tone: 'ok', text: t('data.erased') } : { tone: 'problem', text: t('data.eraseIncomplete', { files: result.notErased.join(', ') }) },
      );
    } catch (error) {
      failed(error);
    }
  }

  // On a shared computer nothing is saved to or opened from a file; "Finish and clear" ends a visit.
  if (clinic) return null;
  return (
    <section className="data-actions" aria-labelledby="data-actions-title">
      <h2 id="data-actions-title">{t('data.title')}</h2>
      <p>{t('data.intro')}</p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => void exportAnswers()}>
          {t('data.export')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => (hasAnswers(doc) ? setConfirming('import') : void importAnswers())}
          aria-expanded={confirming === 'import'}
        >
          {t('data.import')}
        </button>
        <button type="button" className="button-danger" onClick={() => setConfirming('erase')} aria-expanded={confirming === 'erase'}>
          {t('data.erase')}
        </button>
      </div>
      {confirming === 'import' && (
        <div className="confirm" role="alertdialog" aria-labelledby="import-title" aria-describedby="import-body">
          <p id="import-title" className="confirm-title">
            {t('data.importConfirmTitle')}
          </p>
          <p id="import-body">{t('data.importConfirmBody')}</p>
          <div className="button-row">
            <button type="button" className="button-primary" onClick={() => void importAnswers()}>
              {t('data.importConfirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(null)} ref={cancelRef}>
              {t('data.cancel')}
            </button>
          </div>
        </div>
      )}
      {confirming === 'erase' && (
        <div className="confirm" role="alertdialog" aria-labelledby="erase-title" aria-describedby="erase-body">
          <p id="erase-title" className="confirm-title">
            {t('data.eraseConfirmTitle')}
          </p>
          <p id="erase-body">{t('data.eraseConfirmBody')}</p>
          <div className="button-row">
            <button type="button" className="button-danger" onClick={() => void erase()}>
              {t('data.eraseConfirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(null)} ref={cancelRef}>
              {t('data.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/**
 * What the last save, open or erase did. Shown by the app's layout above every screen, so it stays in
 * view when an open or an erase moves the app to another step; it goes when dismissed or replaced.
 */
export function DataMessage() {
  const { t } = useTranslation();
  const message = useSyncExternalStore(subscribe, () => lastMessage);
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
