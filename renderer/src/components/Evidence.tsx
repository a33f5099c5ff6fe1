// How every medical statement is shown: its text, a plain certainty label, its numbers as an icon
// array with who, what dose and how long, and a "Sources" disclosure that names each reference.
import { useTranslation } from 'react-i18next';
import type { Certainty } from '../../../shared/content/certainty';
import { CERTAINTY_LABELS, FIGURE_TEXT, LAYER_TEXT, RESULT_LABELS, paramsOf, type Figure, type Statement, type TrialResult } from '../../../shared/learn/content';
import { getSource, shortCitation, type SourceId } from '../../../shared/references/registry';
import type { ContentText } from '../walkthrough/useContentText';
import { IconArray } from './IconArray';

/**
 * A plain certainty label. `explain`: also say, for a screen reader, what the label means; a screen
 * passes it for the first label of each level only (firstOfEach), so the meaning is said once.
 */
export function CertaintyBadge({ certainty, text, explain = true }: { certainty: Certainty; text: ContentText; explain?: boolean }) {
  const { label, help } = CERTAINTY_LABELS[certainty];
  return (
    <span className={`certainty certainty-${certainty}`}>
      <span className="certainty-label">{text(label)}</span>
      {explain && <span className="visually-hidden">. {text(help)}</span>}
    </span>
  );
}

/** For certainty labels in reading order: whether each is the first of its level on the screen. */
export function firstOfEach(levels: readonly (Certainty | null)[]): boolean[] {
  const seen = new Set<Certainty>();
  return levels.map((level) => {
    if (!level || seen.has(level)) return false;
    seen.add(level);
    return true;
  });
}

export function SourceList({ ids, text, onOpenReferences }: { ids: readonly SourceId[]; text: ContentText; onOpenReferences?: (id: SourceId) => void }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <details className="sources">
      <summary>{t('evidence.sources', { count: ids.length })}</summary>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            {onOpenReferences ? (
              <button type="button" className="link-button" onClick={() => onOpenReferences(id)}>
                {text(shortCitation(id))}
              </button>
            ) : (
              text(shortCitation(id))
            )}
            {getSource(id).tag === 'seen-secondary' && <span className="source-note"> ({t('evidence.secondary')})</span>}
            <span className="source-supports"> — {text(getSource(id).supports)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

// With a comparison group, the group's own icon array is drawn beside it, the same size (IPDAS:
// show the comparator, not only the option's number).
function FigureView({ figure, statementText, text }: { figure: Figure; statementText: string; text: ContentText }) {
  const low = typeof figure.per100 === 'number' ? figure.per100 : figure.per100.low;
  const high = typeof figure.per100 === 'number' ? undefined : figure.per100.high;
  const compared = figure.comparison !== undefined && figure.comparePer100 !== undefined;
  const own = high === undefined ? text(FIGURE_TEXT.withOption, { n: low }) : text(FIGURE_TEXT.withRange, { low, high });
  return (
    <div className="figure">
      {compared && <p>{statementText}</p>}
      <div className={compared ? 'figure-pair' : 'figure-single'}>
        <IconArray count={low} {...(high !== undefined ? { upper: high } : {})} caption={compared ? own : statementText} />
        {figure.comparison && figure.comparePer100 !== undefined && (
          <IconArray count={figure.comparePer100} caption={text(FIGURE_TEXT.withComparison, { what: text(figure.comparison), n: figure.comparePer100 })} />
        )}
      </div>
      {/* Who, what dose, how long: one activation away (issue 18: the core stays short). */}
      <details className="figure-details">
        <summary>{text(LAYER_TEXT.figure)}</summary>
        <dl className="figure-facts">
          <dt>{text(FIGURE_TEXT.group)}</dt>
          <dd>{text(figure.population)}</dd>
          {figure.dose && (
            <>
              <dt>{text(FIGURE_TEXT.dose)}</dt>
              <dd>{text(figure.dose)}</dd>
            </>
          )}
          <dt>{text(FIGURE_TEXT.period)}</dt>
          <dd>{text(figure.period)}</dd>
          {figure.comparison && (
            <>
              <dt>{text(FIGURE_TEXT.comparison)}</dt>
              <dd>{text(figure.comparison)}</dd>
            </>
          )}
        </dl>
      </details>
    </div>
  );
}

/** What a trial found: one badge, the same for a benefit and for none (IPDAS: equal weight). */
export function ResultBadge({ result, text }: { result: TrialResult; text: ContentText }) {
  return <p className={`result result-${result}`}>{text(RESULT_LABELS[result])}</p>;
}

export function StatementView({
  statement,
  text,
  onOpenReferences,
  explainCertainty = true,
}: {
  statement: Statement;
  text: ContentText;
  onOpenReferences?: (id: SourceId) => void;
  /** Say what its certainty label means (see CertaintyBadge). */
  explainCertainty?: boolean;
}) {
  const sentence = text(statement.text, paramsOf(statement));
  return (
    <div className={statement.result ? 'statement trial-result' : 'statement'} data-statement={statement.id}>
      {statement.result && <ResultBadge result={statement.result} text={text} />}
      {statement.figure ? <FigureView figure={statement.figure} statementText={sentence} text={text} /> : <p>{sentence}</p>}
      {statement.certainty && <CertaintyBadge certainty={statement.certainty} text={text} explain={explainCertainty} />}
      <SourceList ids={statement.sourceIds} text={text} {...(onOpenReferences ? { onOpenReferences } : {})} />
    </div>
  );
}
