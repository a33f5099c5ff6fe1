// The discussion sheet, rendered only from the sheet model. Free text the person typed is shown
// as text (React escapes it), never interpreted.
import type { Flag } from '../../../shared/engine/evaluate';
import type { SheetModel, SheetQuestion, SheetSection } from '../../../shared/sheet/model';
import type { ContentText } from '../walkthrough/useContentText';

interface Props {
  model: SheetModel;
  text: ContentText;
}

function FlagItem({ flag, text }: { flag: Flag; text: ContentText }) {
  return (
    <li className={flag.urgent ? 'sheet-flag urgent' : 'sheet-flag'} data-flag={flag.id}>
      <p className="sheet-flag-title">{text(flag.title)}</p>
      <p>{text(flag.body, flag.params)}</p>
      {flag.items.length > 0 && <p className="sheet-flag-items">{flag.items.map((item) => text(item)).join(' · ')}</p>}
    </li>
  );
}

function QuestionItem({ item, text, starredLabel }: { item: SheetQuestion; text: ContentText; starredLabel: string }) {
  return (
    <li className="sheet-question" data-question={item.id}>
      {item.starred && (
        <span className="sheet-star">
          ★ <span className="visually-hidden">{starredLabel}: </span>
        </span>
      )}
      {item.kind === 'own' ? <span className="own-question">{item.text}</span> : text(item.text)}
    </li>
  );
}

function Section({ section, text }: { section: SheetSection; text: ContentText }) {
  switch (section.kind) {
    case 'raise-first':
      return (
        <section className="sheet-section sheet-raise-first">
          <h2>{text(section.title)}</h2>
          <p>{text(section.intro)}</p>
          <ul className="sheet-flags">
            {section.flags.map((flag) => (
              <FlagItem key={flag.id} flag={flag} text={text} />
            ))}
          </ul>
        </section>
      );
    case 'questions':
      return (
        <section className="sheet-section">
          <h2>
            {text(section.title)} <span className="sheet-count">({text(section.count, { count: section.items.length })})</span>
          </h2>
          <ol className="sheet-questions">
            {section.items.map((item) => (
              <QuestionItem key={item.id} item={item} text={text} starredLabel={text(section.starredLabel)} />
            ))}
          </ol>
        </section>
      );
    case 'medicine-history':
      return (
        <section className="sheet-section">
          <h2>{text(section.title)}</h2>
          {section.rows.length === 0 ? (
            <p>{text(section.empty)}</p>
          ) : (
            <table className="sheet-table">
              <thead>
                <tr>
                  {section.columns.map((column) => (
                    <th key={column.key} scope="col">
                      {text(column)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.rows.map((row) => (
                  <tr key={row.treatment}>
                    <th scope="row">
                      {text(row.name)}
                      {row.detail && <span className="own-question"> ({row.detail})</span>}
                    </th>
                    <td>{text(row.statusLabel)}</td>
                    <td>{row.response ? text(row.response) : '—'}</td>
                    <td>{row.sideEffects.length ? row.sideEffects.map((s) => text(s)).join(', ') : '—'}</td>
                    <td>{row.stopReason ? text(row.stopReason) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      );
    case 'what-matters':
      return (
        <section className="sheet-section">
          <h2>{text(section.title)}</h2>
          {section.items.length === 0 ? (
            <p>{text(section.empty)}</p>
          ) : (
            <ul className="sheet-values">
              {section.items.map((item) => (
                <li key={item.questionId}>
                  {text(item.label)}: <strong>{text(item.ratingLabel)}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
      );
    case 'where-i-stand':
      return (
        <section className="sheet-section">
          <h2>{text(section.title)}</h2>
          {section.leaning === null && section.needs.length === 0 ? (
            <p>{text(section.empty)}</p>
          ) : (
            <dl className="sheet-stance">
              <dt>{text(section.leaningLabel)}</dt>
              <dd>{section.leaning ? text(section.leaning) : '—'}</dd>
              <dt>{text(section.needsLabel)}</dt>
              <dd>{section.needs.length ? section.needs.map((n) => text(n)).join(', ') : '—'}</dd>
            </dl>
          )}
        </section>
      );
    case 'notes':
      return (
        <section className="sheet-section sheet-notes">
          <h2>{text(section.title)}</h2>
          {Array.from({ length: section.lines }, (_, i) => (
            <div key={i} className="note-line" />
          ))}
        </section>
      );
  }
}

export function SheetView({ model, text }: Props) {
  return (
    <article className="sheet" aria-labelledby="sheet-title">
      <header className="sheet-header">
        <h2 id="sheet-title" className="sheet-title">
          {text(model.title)}
        </h2>
        <p className="sheet-decision">{text(model.decision)}</p>
      </header>
      {model.urgentHelp && (
        <section className="sheet-urgent" role="note">
          <h2>{text(model.urgentHelp.title)}</h2>
          <p>{text(model.urgentHelp.body)}</p>
        </section>
      )}
      {model.sections.map((section) => (
        <Section key={section.kind} section={section} text={text} />
      ))}
      <footer className="sheet-footer">
        <p>
          {text(model.footer.versionText, { version: model.footer.contentVersion })} ·{' '}
          {text(model.footer.reviewedText, { date: model.footer.evidenceReviewedOn })}
        </p>
        <p>{text(model.footer.notMedicalAdvice)}</p>
        {model.footer.citations.length > 0 && (
          <p className="sheet-sources">
            {text(model.footer.sourcesLabel)}: {model.footer.citations.join('; ')}
          </p>
        )}
      </footer>
    </article>
  );
}
