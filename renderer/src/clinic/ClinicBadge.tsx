// The calm note in the header, in clinic mode only, that what the person enters is not kept.
import { useTranslation } from 'react-i18next';
import { useClinic } from './context';

export function ClinicBadge() {
  const { t } = useTranslation();
  if (!useClinic()) return null;
  return <p className="clinic-badge">{t('clinic.badge')}</p>;
}
