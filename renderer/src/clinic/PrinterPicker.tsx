// Clinic mode's Print: the app's own choice of the computer's real printers, in place of the system
// dialog (which offers "Save as PDF" and "Print to File"). One printer: a simple confirm. None: a calm
// note to ask the staff, and nothing else. The main process checks the printer again.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionAidApi, PrinterChoice } from '../../../shared/bridge/contract';

interface Props {
  bridge: DecisionAidApi;
  /** Prints to the chosen printer (the caller waits for the sheet to be ready and reports the result). */
  onPrint: (printer: { name: string; label: string }) => void;
  onClose: () => void;
}

export function PrinterPicker({ bridge, onPrint, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<PrinterChoice | 'failed' | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const first = useRef<HTMLElement | null>(null);

  useEffect(() => {
    let live = true;
    bridge.listPrinters().then(
      (listed) => {
        if (!live) return;
        setChoice(listed);
        setChosen(listed.defaultPrinter);
      },
      () => live && setChoice('failed'),
    );
    return () => {
      live = false;
    };
  }, [bridge]);

  // Focus moves into the choice once it is shown, so it is announced and usable from the keyboard.
  useEffect(() => {
    if (choice !== null) first.current?.focus();
  }, [choice]);

  // Escape closes it, as it would close the system dialog.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  if (choice === null) {
    return (
      <p role="status" className="printer-picker">
        {t('clinic.printersLoading')}
      </p>
    );
  }

  const printers = choice === 'failed' ? [] : choice.printers;
  if (printers.length === 0) {
    return (
      <div className="printer-picker" role="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
        <p id={`${id}-title`} className="confirm-title">
          {t('clinic.noPrinterTitle')}
        </p>
        <p id={`${id}-body`}>{t('clinic.noPrinterBody')}</p>
        <button type="button" className="button-secondary" onClick={onClose} ref={(node) => void (first.current = node)}>
          {t('clinic.printerClose')}
        </button>
      </div>
    );
  }

  const selected = printers.find((printer) => printer.name === chosen) ?? printers[0]!;
  const only = printers.length === 1;
  return (
    <div className="printer-picker" role="dialog" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="confirm-title">
        {only ? t('clinic.printOnOne', { printer: selected.label }) : t('clinic.choosePrinter')}
      </p>
      {!only && (
        <fieldset className="printer-list">
          <legend className="visually-hidden">{t('clinic.choosePrinter')}</legend>
          <div className="options">
            {printers.map((printer, index) => (
              <div className="option" key={printer.name}>
                <input
                  id={`${id}-${index}`}
                  type="radio"
                  name={`${id}-printer`}
                  value={printer.name}
                  checked={printer.name === selected.name}
                  onChange={() => setChosen(printer.name)}
                  ref={printer.name === selected.name ? (node) => void (first.current = node) : undefined}
                />
                <label htmlFor={`${id}-${index}`}>{printer.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => onPrint(selected)} ref={only ? (node) => void (first.current = node) : undefined}>
          {t('clinic.printNow')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('clinic.printerCancel')}
        </button>
      </div>
    </div>
  );
}
