// "Finish and clear": in clinic mode, ends the person's session so the next person starts fresh.
import { useTranslation } from 'react-i18next';
import { useClinic } from './context';

export function FinishAndClear() {
  const { t } = useTranslation();
  const clinic = useClinic();
  if (!clinic) return null;
  return (
    <button type="button" className="button-secondary" onClick={clinic.finish}>
      {t('clinic.finish')}
    </button>
  );
}
