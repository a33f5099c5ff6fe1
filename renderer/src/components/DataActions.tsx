// Keep, move or remove your answers: save them to a file, open a saved file, or erase everything
// (after a clear confirmation).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswersDocument } from '../../../shared/answers/types';
import type { DecisionAidApi } from '../../../shared/bridge/contract';

interface Props {
  bridge: DecisionAidApi;
  doc: AnswersDocument;
  onImported: (doc: AnswersDocument) => void;
  onErased: () => void;
}

type Message = { tone: 'ok' | 'problem'; text: string } | null;

export function DataActions({ bridge, doc, onImported, onErased }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus when the confirmation opens.
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
      setConfirming(false);
      onErased();
      setMessage(
        result.erased ? { tone: 'ok', text: t('data.erased') } : { tone: 'problem', text: t('data.eraseIncomplete', { files: result.notErased.join(', ') }) },
      );
    } catch (error) {
      failed(error);
    }
  }

  return (
    <section className="data-actions" aria-labelledby="data-actions-title">
      <h2 id="data-actions-title">{t('data.title')}</h2>
      <p>{t('data.intro')}</p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => void exportAnswers()}>
          {t('data.export')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void importAnswers()}>
          {t('data.import')}
        </button>
        <button type="button" className="button-danger" onClick={() => setConfirming(true)} aria-expanded={confirming}>
          {t('data.erase')}
        </button>
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="erase-title" aria-describedby="erase-body">
          <p id="erase-title" className="confirm-title">
            {t('data.eraseConfirmTitle')}
          </p>
          <p id="erase-body">{t('data.eraseConfirmBody')}</p>
          <div className="button-row">
            <button type="button" className="button-danger" onClick={() => void erase()}>
              {t('data.eraseConfirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)} ref={cancelRef}>
              {t('data.cancel')}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p role={message.tone === 'problem' ? 'alert' : 'status'} className={message.tone === 'problem' ? 'error' : 'success'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
