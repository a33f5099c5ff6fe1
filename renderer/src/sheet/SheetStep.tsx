// The last step: arrange the questions (star, move, remove, put back), add a name and visit date,
// pick the sheet's language (and a second one), the paper, then print or save a PDF. Only the sheet
// itself is printed.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswersDocument } from '../../../shared/answers/types';
import type { DecisionAidApi } from '../../../shared/bridge/contract';
import { isSupportedLanguage, type Language } from '../../../shared/i18n/languages';
import type { Preferences, PreferencesPatch } from '../../../shared/preferences';
import { PAPER_SIZES, type PaperSize } from '../../../shared/print/paper';
import { TEXT_LIMITS } from '../../../shared/questionnaire/model';
import { PRESCRIBER_QUESTIONS, type PrescriberQuestionId } from '../../../shared/engine/rules';
import { buildSheetModel, type SheetQuestion } from '../../../shared/sheet/model';
import { FinishAndClear } from '../clinic/FinishAndClear';
import { useClinic } from '../clinic/context';
import { PrinterPicker } from '../clinic/PrinterPicker';
import { onPrinterChoiceAsked } from '../clinic/printer-request';
import { LanguageOptions } from '../components/LanguageOptions';
import { OwnQuestions } from '../components/OwnQuestions';
import { useContentText, type ContentText } from '../walkthrough/useContentText';
import { readyToPrint } from './ready-to-print';
import { SheetView } from './SheetView';
import { loadAllText, useAllText } from '../i18n';
import { TypedText } from '../components/TypedText';

interface Props {
  doc: AnswersDocument;
  bridge: DecisionAidApi;
  preferences: Preferences;
  onPreferences: (patch: PreferencesPatch) => void;
  change: (update: (doc: AnswersDocument) => AnswersDocument) => void;
  text: ContentText;
}

type Sheet = AnswersDocument['sheet'];

function withSheet(doc: AnswersDocument, sheet: Partial<Sheet>): AnswersDocument {
  return { ...doc, sheet: { ...doc.sheet, ...sheet }, updatedAt: new Date().toISOString() };
}

function without<T extends object, K extends keyof T>(object: T, key: K): Omit<T, K> {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

/** A compact button of the arrange list: a symbol on screen; its full name ("Move up: <question>") for a screen reader and as a tooltip. */
function ArrangeButton(props: { symbol: string; name: string; label: string; onClick: () => void; disabled?: boolean; pressed?: boolean }) {
  const { symbol, name, label, onClick, disabled = false, pressed } = props;
  return (
    <button type="button" className="button-small arrange-button" title={name} disabled={disabled} aria-pressed={pressed} onClick={onClick}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">
        {name}: {label}
      </span>
    </button>
  );
}

export function SheetStep({ doc, bridge, preferences, onPreferences, change, text }: Props) {
  useAllText();
  const { t, i18n } = useTranslation();
  const id = useId();
  const clinic = useClinic();
  const [status, setStatus] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);
  // Clinic mode: which row of print buttons has the printer choice open under it.
  const [picking, setPicking] = useState<'top' | 'bottom' | null>(null);
  // The sheet as it will print, one activation away (issue 18): printed whether shown or not.
  const [previewShown, setPreviewShown] = useState(false);
  useEffect(() => (clinic ? onPrinterChoiceAsked(() => setPicking('top')) : undefined), [clinic]);
  const sheetLanguage: Language = doc.sheet.language ?? preferences.language;
  const secondLanguage = doc.sheet.secondLanguage !== sheetLanguage ? doc.sheet.secondLanguage : undefined;
  const sheetText = useContentText(doc.perspective, sheetLanguage);
  const secondText = useContentText(doc.perspective, secondLanguage ?? sheetLanguage);
  // Today's date only decides whether the footer says the evidence is past its review.
  const model = useMemo(() => buildSheetModel(doc, { country: preferences.country, today: new Date() }), [doc, preferences.country]);
  // A sheet in another language needs that language's text (the page re-renders when it arrives);
  // printing waits for it.
  // Until then the sheet says it is busy (aria-busy), so nobody reads or prints it half translated.
  const textLoading = useRef<Promise<void>>(Promise.resolve());
  const languages = secondLanguage ? `${sheetLanguage}+${secondLanguage}` : sheetLanguage;
  const [loadedLanguages, setLoadedLanguages] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const loading = loadAllText(i18n, secondLanguage ? [sheetLanguage, secondLanguage] : [sheetLanguage]);
    textLoading.current = loading;
    // A failure to load still ends the wait: i18next then shows the fallback language, not nothing.
    const done = () => live && setLoadedLanguages(languages);
    loading.then(done, done);
    return () => {
      live = false;
    };
  }, [i18n, sheetLanguage, secondLanguage, languages]);
  const questions = model.sections.find((s) => s.kind === 'questions');
  const items: readonly SheetQuestion[] = questions && questions.kind === 'questions' ? questions.items : [];
  const removed = doc.sheet.removed.filter((qid) => !items.some((item) => item.id === qid));
  const fixedLabel = (language: Language) => (key: 'sheetView.name' | 'sheetView.date') => i18n.getFixedT(language, 'common')(key);

  function move(index: number, by: -1 | 1): void {
    const order = items.map((item) => item.id);
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    [order[index], order[target]] = [order[target] as string, order[index] as string];
    change((d) => withSheet(d, { order }));
  }

  function toggleStar(item: SheetQuestion): void {
    change((d) =>
      withSheet(d, { starred: item.starred ? d.sheet.starred.filter((x) => x !== item.id) : [...d.sheet.starred, item.id] }),
    );
  }

  async function print(kind: 'printSheet' | 'saveSheetPdf'): Promise<void> {
    try {
      await textLoading.current;
      await readyToPrint();
      setStatus(null);
      const outcome = await bridge[kind]({ paperSize: preferences.paperSize, language: sheetLanguage });
      if (outcome.status === 'saved') setStatus({ tone: 'ok', text: t('sheetStep.saved', { file: outcome.fileName }) });
      if (outcome.status === 'print-dialog' && kind === 'saveSheetPdf') setStatus({ tone: 'ok', text: t('sheetStep.browserPdf') });
    } catch (error) {
      setStatus({ tone: 'problem', text: t('sheetStep.printFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  }

  /** Clinic mode: straight to the chosen real printer; the result is said calmly, without technical words. */
  async function printTo(printer: { name: string; label: string }): Promise<void> {
    try {
      await textLoading.current;
      await readyToPrint();
      setStatus(null);
      const outcome = await bridge.printSheetTo({ paperSize: preferences.paperSize, language: sheetLanguage, printer: printer.name });
      if (outcome.status === 'printed') setStatus({ tone: 'ok', text: t('clinic.printSent', { printer: printer.label }) });
    } catch {
      setStatus({ tone: 'problem', text: t('clinic.printNotSent') });
    }
  }

  // Closing the printer choice gives focus back to the Print button that opened it.
  const printButtonRefs = useRef<Record<'top' | 'bottom', HTMLButtonElement | null>>({ top: null, bottom: null });
  function closePicker(where: 'top' | 'bottom'): void {
    setPicking(null);
    printButtonRefs.current[where]?.focus();
  }

  const printButtons = (where: 'top' | 'bottom') => (
    <>
      <div className="button-row print-buttons">
        <button
          type="button"
          className="button-primary"
          ref={(node) => void (printButtonRefs.current[where] = node)}
          aria-expanded={clinic ? picking === where : undefined}
          onClick={() => (clinic ? setPicking(picking === where ? null : where) : void print('printSheet'))}
        >
          {t('sheetStep.print')}
        </button>
        {clinic ? (
          <FinishAndClear />
        ) : (
          <button type="button" className="button-secondary" onClick={() => void print('saveSheetPdf')}>
            {t('sheetStep.savePdf')}
          </button>
        )}
      </div>
      {clinic && picking === where && (
        <PrinterPicker
          bridge={bridge}
          onPrint={(printer) => {
            closePicker(where);
            void printTo(printer);
          }}
          onClose={() => closePicker(where)}
        />
      )}
    </>
  );

  return (
    <section aria-labelledby="screen-title" className="sheet-step" aria-busy={loadedLanguages !== languages}>
      <div className="no-print">
        <h1 id="screen-title" tabIndex={-1}>
          {t('sheetStep.title')}
        </h1>
        <p className="lede">{t(clinic ? 'sheetStep.introClinic' : 'sheetStep.intro')}</p>
        {/* The print actions come before the list too: a keyboard user reaches them in two key presses. */}
        {printButtons('top')}

        <section className="question" aria-labelledby={`${id}-arrange`}>
          <h2 id={`${id}-arrange`} className="question-label">
            {t('sheetStep.arrange')}
          </h2>
          <p className="question-help">{t('sheetStep.arrangeHelp')}</p>
          <ol className="arrange-list">
            {items.map((item, index) => {
              const label = item.kind === 'own' ? item.text : text(item.text);
              return (
                <li key={item.id} data-arrange={item.id}>
                  <span className="arrange-text">
                    {item.starred && <span aria-hidden="true">★ </span>}
                    {item.kind === 'own' ? <TypedText className="own-question">{label}</TypedText> : <span>{label}</span>}
                  </span>
                  <span className="arrange-buttons">
                    {/* A symbol each (12 questions × 4 worded buttons made a wall of words), named in full for a
                        screen reader and in a tooltip. */}
                    <ArrangeButton symbol={item.starred ? '★' : '☆'} name={t('sheetStep.star')} label={label} pressed={item.starred} onClick={() => toggleStar(item)} />
                    <ArrangeButton symbol="↑" name={t('sheetStep.up')} label={label} disabled={index === 0} onClick={() => move(index, -1)} />
                    <ArrangeButton symbol="↓" name={t('sheetStep.down')} label={label} disabled={index === items.length - 1} onClick={() => move(index, 1)} />
                    {item.kind === 'suggested' && item.removable && (
                      <ArrangeButton symbol="✕" name={t('sheetStep.remove')} label={label} onClick={() => change((d) => withSheet(d, { removed: [...d.sheet.removed, item.id] }))} />
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
          {removed.length > 0 && (
            <>
              <h3>{t('sheetStep.removedTitle')}</h3>
              <ul className="arrange-list">
                {removed.map((qid) => (
                  <li key={qid}>
                    <span className="arrange-text">{qid in PRESCRIBER_QUESTIONS ? text(PRESCRIBER_QUESTIONS[qid as PrescriberQuestionId].text) : qid}</span>
                    <button type="button" className="button-small" onClick={() => change((d) => withSheet(d, { removed: d.sheet.removed.filter((x) => x !== qid) }))}>
                      {t('sheetStep.putBack')}
                      <span className="visually-hidden">: {qid in PRESCRIBER_QUESTIONS ? text(PRESCRIBER_QUESTIONS[qid as PrescriberQuestionId].text) : qid}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <OwnQuestions doc={doc} text={text} change={change} closed />

        <section className="question sheet-settings" aria-labelledby={`${id}-settings`}>
          <h2 id={`${id}-settings`} className="question-label">
            {t('sheetStep.settings')}
          </h2>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('sheetStep.name')}</label>
            <input
              id={`${id}-name`}
              type="text"
              maxLength={TEXT_LIMITS.sheetName}
              value={doc.sheet.name ?? ''}
              autoComplete="off"
              onChange={(event) => change((d) => (event.target.value ? withSheet(d, { name: event.target.value }) : { ...d, sheet: without(d.sheet, 'name') }))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('sheetStep.date')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={doc.sheet.visitDate ?? ''}
              onChange={(event) =>
                change((d) => (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value) ? withSheet(d, { visitDate: event.target.value }) : { ...d, sheet: without(d.sheet, 'visitDate') }))
              }
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-lang`}>{t('sheetStep.language')}</label>
            <select
              id={`${id}-lang`}
              value={sheetLanguage}
              onChange={(event) => isSupportedLanguage(event.target.value) && change((d) => withSheet(d, { language: event.target.value as Language }))}
            >
              <LanguageOptions />
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-second`}>{t('sheetStep.secondLanguage')}</label>
            <select
              id={`${id}-second`}
              value={secondLanguage ?? ''}
              onChange={(event) =>
                change((d) =>
                  isSupportedLanguage(event.target.value) ? withSheet(d, { secondLanguage: event.target.value }) : { ...d, sheet: without(d.sheet, 'secondLanguage') },
                )
              }
            >
              <option value="">{t('sheetStep.noSecond')}</option>
              <LanguageOptions except={sheetLanguage} />
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-paper`}>{t('sheetStep.paper')}</label>
            <select id={`${id}-paper`} value={preferences.paperSize} onChange={(event) => onPreferences({ paperSize: event.target.value as PaperSize })}>
              {PAPER_SIZES.map((paper) => (
                <option key={paper} value={paper}>
                  {t(`sheetStep.papers.${paper}`)}
                </option>
              ))}
            </select>
          </div>
        </section>

        {printButtons('bottom')}
        {status && (
          <p role={status.tone === 'problem' ? 'alert' : 'status'} className={status.tone === 'problem' ? 'error' : 'success'}>
            {status.text}
          </p>
        )}
        <h2 className="preview-title">
          <button type="button" className="disclosure-button" aria-expanded={previewShown} aria-controls={`${id}-preview`} onClick={() => setPreviewShown((shown) => !shown)}>
            {t('sheetStep.preview')}
          </button>
        </h2>
      </div>
      <div className="sheet-frame" id={`${id}-preview`} data-paper={preferences.paperSize} data-preview={previewShown ? 'shown' : 'hidden'}>
        <SheetView
          model={model}
          languages={{
            language: sheetLanguage,
            text: sheetText,
            label: fixedLabel(sheetLanguage),
            ...(secondLanguage ? { second: { language: secondLanguage, text: secondText, label: fixedLabel(secondLanguage) } } : {}),
          }}
          {...(doc.sheet.name ? { name: doc.sheet.name } : {})}
          {...(doc.sheet.visitDate ? { visitDate: doc.sheet.visitDate } : {})}
        />
      </div>
    </section>
  );
}
