// Keep, move or remove your answers: save them to a file, open a saved file (asking first when it
// would replace answers already given), or erase everything (after a clear confirmation).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLateText } from '../i18n';
import type { AnswersDocument } from '../../../shared/answers/types';
import type { DecisionAidApi } from '../../../shared/bridge/contract';
import { useClinic } from '../clinic/context';
import { setLastMessage } from './DataMessage';
import { partRoot } from '../part-live';

export { DataMessage } from './DataMessage';

interface Props {
  bridge: DecisionAidApi;
  doc: AnswersDocument;
  onImported: (doc: AnswersDocument) => void;
  onErased: () => void;
  /** Say, above the buttons, that answers are saved on this computer (not on the welcome, which already says so). */
  intro?: boolean;
}

/** Whether opening a file would replace something the person already gave. */
function hasAnswers(doc: AnswersDocument): boolean {
  return Object.keys(doc.answers).length > 0 || doc.ownQuestions.length > 0;
}

/** "Are you sure?" before opening a file over given answers, or erasing: the safe choice is Cancel. */
function Confirm({ kind, tone, onConfirm, onCancel }: { kind: 'import' | 'erase'; tone: 'button-primary' | 'button-danger'; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus when the confirmation opens.
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={`${kind}-title`} aria-describedby={`${kind}-body`}>
      <p id={`${kind}-title`} className="confirm-title">
        {t(`data.${kind}ConfirmTitle`)}
      </p>
      <p id={`${kind}-body`}>{t(`data.${kind}ConfirmBody`)}</p>
      <div className="button-row">
        <button type="button" className={tone} onClick={onConfirm}>
          {t(`data.${kind}Confirm`)}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} ref={cancelRef}>
          {t('data.cancel')}
        </button>
      </div>
    </div>
  );
}

export function DataActions({ bridge, doc, onImported, onErased, intro = true }: Props) {
  // Its text is in the late part of common.json (shared/i18n/common-split.ts).
  useLateText();
  const { t } = useTranslation();
  const clinic = useClinic();
  const [confirming, setConfirming] = useState<'erase' | 'import' | null>(null);
  const setMessage = setLastMessage;

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
    <section className="data-actions" aria-labelledby="data-actions-title" {...partRoot('data-actions')}>
      <h2 id="data-actions-title">{t('data.title')}</h2>
      {intro && <p>{t('data.intro')}</p>}
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
      {confirming === 'import' && <Confirm kind="import" tone="button-primary" onConfirm={() => void importAnswers()} onCancel={() => setConfirming(null)} />}
      {confirming === 'erase' && <Confirm kind="erase" tone="button-danger" onConfirm={() => void erase()} onCancel={() => setConfirming(null)} />}
    </section>
  );
}
