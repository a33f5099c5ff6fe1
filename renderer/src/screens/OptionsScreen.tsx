// The options side by side, Option-Grid style (issue 18 §2): the same rows for every option (IPDAS
// equal detail), one short answer per cell with its certainty label, and the cell's full statements
// (trial, group, numbers, icon arrays, sources) one activation away in a native disclosure (opened
// for print, read aloud when open). One table row per option: CSS shows the options as columns on a
// wide screen and as one card each on a narrow one, and Tab goes down each option in turn.
import { useTranslation } from 'react-i18next';
import { ASPECT_LABELS, GRID_ROWS, OPTIONS, hasEvidence, type GridRow, type OptionSummary } from '../../../shared/learn/content';
import type { SourceId } from '../../../shared/references/registry';
import { CertaintyBadge, firstOfEach, StatementView } from '../components/Evidence';
import type { ContentText } from '../walkthrough/useContentText';
import { useAllText } from '../i18n';

interface Props {
  text: ContentText;
  onOpenReferences: (id: SourceId) => void;
}

const cellStatements = (option: OptionSummary, row: GridRow) => (row === 'what' ? [] : option.aspects[row]);

/**
 * For each cell, in reading order (option by option, row by row; the short answer, then its evidence):
 * whether each certainty label is the first of its level on the screen, where its meaning is said.
 */
function explainedLabels(): ReadonlyMap<string, readonly boolean[]> {
  const cells = OPTIONS.flatMap((option) => GRID_ROWS.map((row) => ({ key: `${option.id}:${row}`, levels: [option.short[row].certainty, ...cellStatements(option, row).map((s) => s.certainty)] })));
  const flags = firstOfEach(cells.flatMap((cell) => cell.levels));
  let at = 0;
  return new Map(cells.map((cell) => [cell.key, flags.slice(at, (at += cell.levels.length))]));
}
const EXPLAINED = explainedLabels();

function Cell({ option, row, label, text, onOpenReferences }: { option: OptionSummary; row: GridRow; label: string } & Props) {
  const { t } = useTranslation();
  const answer = option.short[row];
  const statements = cellStatements(option, row);
  const explain = EXPLAINED.get(`${option.id}:${row}`) ?? [];
  return (
    <td>
      {/* The row's question, for the one-card-per-option layout; the table header says it to screen readers. */}
      <span className="cell-question" aria-hidden="true" data-read-aloud-question="">
        {label}
      </span>
      <p className="short-answer">{text(answer.text, { ...answer.params })}</p>
      {answer.certainty && <CertaintyBadge certainty={answer.certainty} text={text} explain={explain[0] ?? false} />}
      {hasEvidence(statements) && (
        <details className="cell-evidence">
          <summary>
            {t('options.evidence')}
            <span className="visually-hidden">{t('options.evidenceOf', { option: text(option.name), row: label })}</span>
          </summary>
          {statements.map((statement, i) => (
            <StatementView key={statement.id} statement={statement} text={text} onOpenReferences={onOpenReferences} explainCertainty={explain[i + 1] ?? false} />
          ))}
        </details>
      )}
    </td>
  );
}

export function OptionsScreen({ text, onOpenReferences }: Props) {
  useAllText();
  const { t } = useTranslation();
  const label = (row: GridRow) => (row === 'what' ? t('options.what') : text(ASPECT_LABELS[row]));
  return (
    <section aria-labelledby="screen-title">
      <p className="eyebrow">{t('walkthrough.groups.learn')}</p>
      <h1 id="screen-title" tabIndex={-1}>
        {t('options.title')}
      </h1>
      <p className="lede">{t('options.intro')}</p>
      <table className="option-grid" aria-labelledby="screen-title" data-read-aloud-cells="with-question">
        <thead>
          <tr>
            <td />
            {GRID_ROWS.map((row) => (
              <th key={row} scope="col">
                {label(row)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {OPTIONS.map((option) => (
            <tr key={option.id}>
              <th scope="row">{text(option.name)}</th>
              {GRID_ROWS.map((row) => (
                <Cell key={row} option={option} row={row} label={label(row)} text={text} onOpenReferences={onOpenReferences} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
