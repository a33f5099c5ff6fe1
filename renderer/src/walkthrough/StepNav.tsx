import { useText } from '../text-context';

interface Props {
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: string;
}

/** Back and Next, in reading order (Next last, so Tab reaches it after the questions). */
export function StepNav({ onBack, onNext, nextLabel }: Props) {
  const { t } = useText();
  return (
    <nav className="step-nav" aria-label={t('walkthrough.stepNavigation')}>
      {onBack && (
        <button type="button" className="button-secondary" data-nav="back" onClick={onBack}>
          {t('walkthrough.back')}
        </button>
      )}
      {onNext && (
        <button type="button" className="button-primary" data-nav="next" onClick={onNext}>
          {nextLabel ?? t('walkthrough.next')}
        </button>
      )}
    </nav>
  );
}
