// The calm note in the header, in clinic mode only, that what the person enters is not kept.
import { useText } from '../text-context';
import { useClinic } from './context';

export function ClinicBadge() {
  return useClinic() ? <Badge /> : null;
}

function Badge() {
  // Its text is in the late part of common.json (shared/i18n/common-split.ts), there before a clinic's
  // first screen is drawn (main.tsx: a clinic's page is never the hydrated prerendered one).
  const { t } = useText();
  return <p className="clinic-badge">{t('clinic.badge')}</p>;
}
