// Urgent help, from the crisis data in shared/crisis: the numbers for the person's region (what each
// one is, when it answers, where its facts come from), a way to pick another region, and the calm
// alert shown under the self-harm question. Nothing here blocks the walkthrough.
import { useId } from 'react';
import {
  CRISIS_CHECKED_ON,
  CRISIS_LISTS,
  CRISIS_REGIONS,
  CRISIS_SOURCES,
  CRISIS_TEXT,
  emergencyPlace,
  type CrisisLine,
  type CrisisRegion,
} from '../../../shared/crisis';
import { isCrisisRegion } from '../../../shared/crisis/region';
import type { ContentText } from '../walkthrough/useContentText';

function hours(line: CrisisLine, text: ContentText): string {
  return line.hours.kind === 'always' ? text(CRISIS_TEXT.always) : text(CRISIS_TEXT.daily, { from: line.hours.from, to: line.hours.to });
}

/**
 * The region's numbers, emergency services first. When the region is not known: the local emergency
 * number and the emergency department first, then the country choice right there (when it can be changed).
 */
export function CrisisNumbers({
  region,
  text,
  compact = false,
  onRegion,
}: {
  region: CrisisRegion | null;
  text: ContentText;
  compact?: boolean;
  onRegion?: (region: CrisisRegion) => void;
}) {
  if (!region) {
    return (
      <>
        <p className="crisis-no-region">{text(CRISIS_TEXT.noRegion)}</p>
        {onRegion && <RegionPicker region={region} text={text} onRegion={onRegion} />}
      </>
    );
  }
  const list = CRISIS_LISTS[region];
  return (
    <>
      <ul className="crisis-lines" aria-label={text(list.name)}>
        {list.lines.map((line) => {
          const source = CRISIS_SOURCES[line.sourceId];
          return (
            <li key={`${line.sourceId}-${line.number}`} className="crisis-line">
              <p className="crisis-number">
                <span className="crisis-kind">{text(line.kind === 'emergency' ? CRISIS_TEXT.emergency : CRISIS_TEXT.crisisLine)}</span>{' '}
                <strong dir="ltr">{line.number}</strong>{line.name && <span className="crisis-name"> {text(line.name)}</span>}
              </p>
              <p>
                {text(line.what)} {hours(line, text)}.{line.area && <> ({text(line.area)})</>}
              </p>
              {!compact && (
                <p className="crisis-source">
                  {text(CRISIS_TEXT.source, { source: source.publisher })}
                  {source.tag === 'seen-secondary' && <> ({text(CRISIS_TEXT.secondary)})</>}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="crisis-checked">{text(CRISIS_TEXT.checkedOn, { date: CRISIS_CHECKED_ON })}</p>
    </>
  );
}

export function RegionPicker({ region, text, onRegion }: { region: CrisisRegion | null; text: ContentText; onRegion: (region: CrisisRegion) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{text(CRISIS_TEXT.chooseRegion)}</label>
      <select id={id} value={region ?? ''} onChange={(event) => isCrisisRegion(event.target.value) && onRegion(event.target.value)}>
        {region === null && <option value="">—</option>}
        {CRISIS_REGIONS.map((r) => (
          <option key={r} value={r}>
            {text(CRISIS_LISTS[r].name)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Under the self-harm question, at once when the answer is "yes" or "not sure": a calm alert that
 * screen readers announce (role="alert"), with the region's numbers. Low mood alone gets a gentler
 * note. Neither stops the person from going on.
 */
export function CrisisAlert({
  kind,
  region,
  text,
  onOpenHelp,
  onRegion,
}: {
  kind: 'self-harm' | 'mood';
  region: CrisisRegion | null;
  text: ContentText;
  onOpenHelp: () => void;
  onRegion?: (region: CrisisRegion) => void;
}) {
  if (kind === 'mood') {
    return (
      <p className="crisis-note" role="status">
        {text(CRISIS_TEXT.moodNote)}{' '}
        <button type="button" className="link-button" onClick={onOpenHelp}>
          {text(CRISIS_TEXT.openPage)}
        </button>
      </p>
    );
  }
  return (
    <div className="crisis-alert" role="alert">
      <p className="crisis-alert-title">{text(CRISIS_TEXT.selfHarmAlertTitle)}</p>
      {/* "One of these numbers" only when there are numbers to show. */}
      <p>{text(region ? CRISIS_TEXT.selfHarmAlertBody : CRISIS_TEXT.selfHarmAlertBodyNoRegion, { place: text(emergencyPlace(region)) })}</p>
      <CrisisNumbers region={region} text={text} compact {...(onRegion ? { onRegion } : {})} />
      <button type="button" className="button-small" onClick={onOpenHelp}>
        {text(CRISIS_TEXT.openPage)}
      </button>
    </div>
  );
}
