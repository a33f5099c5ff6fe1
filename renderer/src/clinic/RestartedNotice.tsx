// Clinic mode, after a plain copy was closed and started again because the app was opened for
// clinic use: a calm note on the first screen that says why the window changed, and that what was
// typed before was kept (for that computer account), not lost. A status, not an alert; closed with
// its button; ClinicSession takes it away for good at the first clear.
import { useText } from '../text-context';
import { useClinic } from './context';

export function RestartedNotice() {
  const { t } = useText();
  const clinic = useClinic();
  if (!clinic?.restartedNotice) return null;
  const close = () => {
    clinic.dismissRestartedNotice();
    // The button goes away with the note: focus goes to the page, not to nowhere.
    document.getElementById('main')?.focus();
  };
  return (
    <div role="status" className="notice clinic-restarted" aria-labelledby="clinic-restarted-title">
      <p id="clinic-restarted-title" className="clinic-restarted-title">
        {t('clinic.restartedTitle')}
      </p>
      <p>{t('clinic.restartedBody')}</p>
      <button type="button" className="button-small" onClick={close}>
        {t('clinic.restartedClose')}
      </button>
    </div>
  );
}
