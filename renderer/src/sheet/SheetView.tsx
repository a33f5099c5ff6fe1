// The discussion sheet, rendered only from the sheet model, in the sheet's language and optionally
// a second language beside it. Free text the person typed is shown as text (React escapes it),
// never interpreted.
import type { ReactNode } from 'react';
import type { TextRef } from '../../../shared/content/text';
import type { Language } from '../../../shared/i18n/languages';
import type { SheetModel, SheetQuestion, SheetSection } from '../../../shared/sheet/model';
import type { ContentText } from '../walkthrough/useContentText';

export interface SheetLanguages {
  language: Language;
  text: ContentText;
  /** Labels of the sheet itself (name, date), from the common namespace, in the sheet's language. */
  label: (key: 'sheetView.name' | 'sheetView.date') => string;
  second?: { language: Language; text: ContentText; label: (key: 'sheetView.name' | 'sheetView.date') => string };
}

interface Props {
  model: SheetModel;
  languages: SheetLanguages;
  name?: string;
  visitDate?: string;
}

type Say = (ref: TextRef, params?: Record<string, string | number>) => ReactNode;
type SayList = (refs: readonly TextRef[], separator: string) => ReactNode;

function sayers({ text, second }: SheetLanguages): { say: Say; sayList: SayList } {
  const both = (first: string, other: string | null): ReactNode =>
    other === null || other === first ? (
      first
    ) : (
      <>
        {first}
        <span className="second-language" lang={second?.language}>
          {other}
        </span>
      </>
    );
  return {
    say: (ref, params) => both(text(ref, params), second ? second.text(ref, params) : null),
    sayList: (refs, separator) =>
      both(refs.map((r) => text(r)).join(separator), second ? refs.map((r) => second.text(r)).join(separator) : null),
  };
}

function QuestionItem({ item, say, starredLabel }: { item: SheetQuestion; say: Say; starredLabel: ReactNode }) {
  return (
    <li className="sheet-question" data-question={item.id}>
      {item.starred && (
        <span className="sheet-star" aria-hidden="false">
          ★ <span className="visually-hidden">{starredLabel}: </span>
        </span>
      )}
      {item.kind === 'own' ? <span className="own-question">{item.text}</span> : say(item.text)}
    </li>
  );
}

function Section({ section, say, sayList }: { section: SheetSection; say: Say; sayList: SayList }) {
  switch (section.kind) {
    case 'raise-first':
      return (
        <section className="sheet-section sheet-raise-first">
          <h2>{say(section.title)}</h2>
          <p className="sheet-intro">{say(section.intro)}</p>
          <ul className="sheet-flags">
            {section.flags.map((flag) => (
              <li key={flag.id} className={flag.urgent ? 'sheet-flag urgent' : 'sheet-flag'} data-flag={flag.id}>
                <p className="sheet-flag-title">{say(flag.title)}</p>
                <p>{say(flag.body, flag.params)}</p>
                {flag.items.length > 0 && <p className="sheet-flag-items">{sayList(flag.items, ' · ')}</p>}
              </li>
            ))}
          </ul>
        </section>
      );
    case 'questions':
      return (
        <section className="sheet-section sheet-questions-section">
          <h2>
            {say(section.title)} <span className="sheet-count">({say(section.count, { count: section.items.length })})</span>
          </h2>
          <ol className="sheet-questions">
            {section.items.map((item) => (
              <QuestionItem key={item.id} item={item} say={say} starredLabel={say(section.starredLabel)} />
            ))}
          </ol>
        </section>
      );
    case 'medicine-history':
      return (
        <section className="sheet-section">
          <h2>{say(section.title)}</h2>
          {section.rows.length === 0 ? (
            <p>{say(section.empty)}</p>
          ) : (
            <table className="sheet-table">
              <thead>
                <tr>
                  {section.columns.map((column) => (
                    <th key={column.key} scope="col">
                      {say(column)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.rows.map((row) => (
                  <tr key={row.treatment}>
                    <th scope="row">
                      {say(row.name)}
                      {row.detail && <span className="own-question"> ({row.detail})</span>}
                    </th>
                    <td>{say(row.statusLabel)}</td>
                    <td>{row.response ? say(row.response) : '—'}</td>
                    <td>{row.sideEffects.length ? sayList(row.sideEffects, ', ') : '—'}</td>
                    <td>{row.stopReason ? say(row.stopReason) : '—'}</td>
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
          <h2>{say(section.title)}</h2>
          {section.items.length === 0 ? (
            <p>{say(section.empty)}</p>
          ) : (
            <ul className="sheet-values">
              {section.items.map((item) => (
                <li key={item.questionId}>
                  {say(item.label)}: <strong>{say(item.ratingLabel)}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
      );
    case 'where-i-stand':
      return (
        <section className="sheet-section">
          <h2>{say(section.title)}</h2>
          {section.leaning === null && section.needs.length === 0 ? (
            <p>{say(section.empty)}</p>
          ) : (
            <dl className="sheet-stance">
              <dt>{say(section.leaningLabel)}</dt>
              <dd>{section.leaning ? say(section.leaning) : '—'}</dd>
              <dt>{say(section.needsLabel)}</dt>
              <dd>{section.needs.length ? sayList(section.needs, ', ') : '—'}</dd>
            </dl>
          )}
        </section>
      );
    case 'notes':
      return (
        <section className="sheet-section sheet-notes">
          <h2>{say(section.title)}</h2>
          {Array.from({ length: section.lines }, (_, i) => (
            <div key={i} className="note-line" />
          ))}
        </section>
      );
  }
}

export function SheetView({ model, languages, name, visitDate }: Props) {
  const { say, sayList } = sayers(languages);
  const label = (key: 'sheetView.name' | 'sheetView.date') =>
    languages.second ? `${languages.label(key)} / ${languages.second.label(key)}` : languages.label(key);
  return (
    <article className="sheet" aria-labelledby="sheet-title" lang={languages.language}>
      <header className="sheet-header">
        <h2 id="sheet-title" className="sheet-title">
          {say(model.title)}
        </h2>
        <p className="sheet-decision">{say(model.decision)}</p>
        {(name || visitDate) && (
          <p className="sheet-person">
            {name && (
              <span>
                {label('sheetView.name')}: <span className="own-question">{name}</span>
              </span>
            )}
            {visitDate && (
              <span>
                {label('sheetView.date')}: {visitDate}
              </span>
            )}
          </p>
        )}
      </header>
      {model.urgentHelp && (
        <section className="sheet-urgent" role="note">
          <h2>{say(model.urgentHelp.title)}</h2>
          <p>{say(model.urgentHelp.body)}</p>
        </section>
      )}
      {model.sections.map((section) => (
        <Section key={section.kind} section={section} say={say} sayList={sayList} />
      ))}
      <footer className="sheet-footer">
        <p>
          {say(model.footer.versionText, { version: model.footer.contentVersion })} ·{' '}
          {say(model.footer.reviewedText, { date: model.footer.evidenceReviewedOn })}
        </p>
        <p>{say(model.footer.notMedicalAdvice)}</p>
        {model.footer.citations.length > 0 && (
          <p className="sheet-sources">{say(model.footer.sourcesLabel, { list: model.footer.citations.map((c) => languages.text(c)).join('; ') })}</p>
        )}
      </footer>
    </article>
  );
}
