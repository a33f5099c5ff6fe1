// Where you are: every part of the walkthrough by name, the current one marked, and any part
// already visited reachable in one click or key press. Then the minutes left, from the words the
// steps still ahead really show (shared/content/reading-time.ts).
import { useText } from '../text-context';
import { READING_LOAD } from '../../../shared/content/reading-load';
import { minutesLeft } from '../../../shared/content/reading-time';
import { GROUP_IDS, groupOf, indexOfStep, stepKey, type GroupId, type Step } from './steps';

interface Props {
  steps: readonly Step[];
  current: Step;
  /** Keys (stepKey) of the steps already visited. */
  visited: ReadonlySet<string>;
  onJump: (step: Step) => void;
}

export function Progress({ steps, current, visited, onJump }: Props) {
  const { t, language } = useText();
  const ahead = steps.slice(Math.max(0, indexOfStep(steps, current))).map(stepKey);
  const groups = GROUP_IDS.filter((g) => steps.some((s) => groupOf(s) === g));
  const currentGroup = groupOf(current);
  const index = groups.indexOf(currentGroup);
  return (
    <nav className="progress" aria-label={t('walkthrough.progress', { n: index + 1, total: groups.length })}>
      <ol>
        {groups.map((group: GroupId) => {
          const inGroup = steps.filter((s) => groupOf(s) === group);
          const first = inGroup[0];
          const reachable = inGroup.some((s) => visited.has(stepKey(s)));
          const isCurrent = group === currentGroup;
          const label = t(`walkthrough.groups.${group}`);
          return (
            <li key={group} className={isCurrent ? 'current' : reachable ? 'visited' : 'ahead'}>
              {reachable && !isCurrent && first ? (
                <button type="button" className="progress-link" onClick={() => onJump(first)}>
                  {label}
                </button>
              ) : (
                <span aria-current={isCurrent ? 'step' : undefined}>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="progress-time">{t('walkthrough.minutesLeft', { count: minutesLeft(language, ahead, READING_LOAD) })}</p>
    </nav>
  );
}
