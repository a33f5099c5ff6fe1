// The discussion sheet, rendered only from the sheet model, in the sheet's language and optionally
// a second language beside it. Free text the person typed is shown as text (React escapes it),
// never interpreted.
import { Fragment, type ReactNode } from 'react';
import type { TextRef } from '../../../shared/content/text';
import type { Language } from '../../../shared/i18n/languages';
import { CRISIS_SOURCES, CRISIS_TEXT } from '../../../shared/crisis';
import type { Flag } from '../../../shared/engine/evaluate';
import type { SourceId } from '../../../shared/references/registry';
import { SHEET_CERTAINTY_LABELS, SHEET_FROM_ANSWERS, type SheetEmergencyPain, type SheetModel, type SheetQuestion, type SheetSection, type SheetUrgentHelp } from '../../../shared/sheet/model';
import type { ContentText } from '../walkthrough/useContentText';
import { TypedText } from '../components/TypedText';
import { longDate } from '../long-date';

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

/**
 * Values for a text's placeholders; a TextRef value is said in the same language as the text, and a
 * function is given that language (for dates, which each language writes its own way).
 */
type Params = Record<string, string | number | TextRef | ((language: Language) => string)>;
type Say = (ref: TextRef, params?: Params) => ReactNode;
type SayList = (refs: readonly TextRef[], separator: string) => ReactNode;

function resolve(text: ContentText, language: Language, params: Params | undefined): Record<string, string | number> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'function' ? v(language) : typeof v === 'object' ? text(v) : v]),
  );
}

function sayers({ text, language, second }: SheetLanguages): { say: Say; sayList: SayList } {
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
    say: (ref, params) => both(text(ref, resolve(text, language, params)), second ? second.text(ref, resolve(second.text, second.language, params)) : null),
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
      {item.kind === 'own' ? <TypedText className="own-question">{item.text}</TypedText> : say(item.text)}
    </li>
  );
}

/** Urgent help: where to go, as the region says it, and the region's numbers. */
function UrgentHelp({ help, say }: { help: SheetUrgentHelp; say: Say }) {
  return (
    <section className="sheet-urgent" role="note" {...(help.flag ? { 'data-flag': help.flag.id } : {})}>
      <h2>{say(help.flag ? help.flag.title : help.title)}</h2>
      {/* The urgent flag's point in one line (its whole explanation is on screen); else where to go. */}
      {/* Always a way to get help now: the numbers below, or, with no list, the local emergency number. */}
      <p>
        {help.flag ? say(help.flag.key, flagParams(help.flag, help.place)) : say(help.intro, { place: help.place })}{' '}
        <span className="sheet-get-help-now">{say(help.getHelpNow, { place: help.place })}</span>
      </p>
      {help.list && (
        <ul className="sheet-crisis-lines">
          {help.list.lines.map((line) => (
            <li key={`${line.sourceId}-${line.number}`}>
              <strong dir="ltr">{line.number}</strong>
              {line.name && <> {say(line.name)}</>}: {say(line.what)} {say(line.hours.kind === 'always' ? CRISIS_TEXT.always : CRISIS_TEXT.daily, line.hours.kind === 'always' ? {} : { from: line.hours.from, to: line.hours.to })}
              {line.area && <> ({say(line.area)})</>}
              <span className="sheet-crisis-source"> [{CRISIS_SOURCES[line.sourceId].publisher}]</span>
            </li>
          ))}
        </ul>
      )}
      <p className="sheet-crisis-checked">{say(help.checkedOnText, { date: help.checkedOn })}</p>
    </section>
  );
}

/** What to do if pain relief is needed in an emergency: on every sheet, for the person and any emergency team. */
function EmergencyPain({ note, say, cite }: { note: SheetEmergencyPain; say: Say; cite: Cite }) {
  return (
    <p className="sheet-emergency-pain" data-certainty={note.certainty}>
      <strong>{say(note.title)}.</strong> {say(note.text)}{' '}
      <span className="sheet-also-sources">
        ({say(SHEET_CERTAINTY_LABELS[note.certainty])}) [{citeAll(note.sourceIds, cite)}]
      </span>
    </p>
  );
}

/** A raise-first flag's certainty and sources, in brackets after its title: the prescriber can check the points that matter most. */
function FlagCertainty({ flag, say, cite }: { flag: Flag; say: Say; cite: Cite }) {
  return (
    <span className="sheet-certainty">
      {' '}
      (<CertaintyAndSources flag={flag} say={say} cite={cite} />)
    </span>
  );
}

function flagParams(flag: Flag, place: TextRef): Params {
  return { ...flag.params, place };
}

/** A source's number in the footer's numbered list (the sheet cites by number to save room). */
type Cite = (id: SourceId) => number;

/** The numbers of these sources in the footer's list, smallest first ("1, 4, 8"), as a reader looks them up. */
const citeAll = (ids: readonly SourceId[], cite: Cite): string => ids.map(cite).sort((a, b) => a - b).join(', ');

/** A flag's short certainty label, then its sources' numbers ("checked fact: 1, 4"); "from your answers" for a list with no sources. */
function CertaintyAndSources({ flag, say, cite }: { flag: Flag; say: Say; cite: Cite }) {
  return (
    <>
      {say(flag.certainty ? SHEET_CERTAINTY_LABELS[flag.certainty] : SHEET_FROM_ANSWERS)}
      {flag.sourceIds.length > 0 && <>: {citeAll(flag.sourceIds, cite)}</>}
    </>
  );
}

function Section({ section, say, sayList, place, cite }: { section: SheetSection; say: Say; sayList: SayList; place: TextRef; cite: Cite }) {
  // A flag's shared warning, printed with the flag (the sheet has no "see above").
  const warning = (flag: Flag) => flag.sharedWarning && <> {say(flag.sharedWarning.text)}</>;
  switch (section.kind) {
    case 'raise-first':
      return (
        <section className="sheet-section sheet-raise-first">
          <h2>{say(section.title)}</h2>
          <p className="sheet-intro">{say(section.intro)}</p>
          <ul className="sheet-flags">
            {section.flags.map((flag) => (
              <li key={flag.id} className={flag.urgent ? 'sheet-flag urgent' : 'sheet-flag'} data-flag={flag.id}>
                <p className="sheet-flag-title">
                  {say(flag.title)}
                  <FlagCertainty flag={flag} say={say} cite={cite} />
                </p>
                {/* Its key line (on every sheet), the shared warning it needs, then what the key line does not
                    say; an urgent flag says what to do first, then the warning (as on "What your answers mean"). */}
                <p>
                  {say(flag.key, flagParams(flag, place))}
                  {!flag.urgent && warning(flag)} {say(flag.body, flagParams(flag, place))}
                  {flag.urgent && warning(flag)}
                </p>
                {flag.items.length > 0 && <p className="sheet-flag-items">{sayList(flag.items, ' · ')}</p>}
              </li>
            ))}
          </ul>
        </section>
      );
    case 'also-discuss':
      return (
        <section className="sheet-section sheet-also">
          <h2>{say(section.title)}</h2>
          <ul className="sheet-also-list">
            {section.flags.map((flag) => (
              <li key={flag.id} data-flag={flag.id}>
                <strong>{say(flag.title)}.</strong> {say(flag.key, flagParams(flag, place))}
                {warning(flag)}
                {flag.items.length > 0 && <> {sayList(flag.items, ' · ')}.</>}
                {/* Certainty and sources in one bracket, to keep the longest sheet within two pages. */}
                <span className="sheet-also-sources">
                  {' '}
                  [<CertaintyAndSources flag={flag} say={say} cite={cite} />]
                </span>
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
                      {row.detail && <span className="own-question"> (<TypedText>{row.detail}</TypedText>)</span>}
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
  const overdue = model.footer.overdueNote;
  const cite: Cite = (id) => model.footer.sourceIds.indexOf(id) + 1;
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
      {model.urgentHelp && <UrgentHelp help={model.urgentHelp} say={say} />}
      {model.sections.map((section) => (
        <Fragment key={section.kind}>
          {section.kind === 'questions' && <EmergencyPain note={model.emergencyPain} say={say} cite={cite} />}
          <Section section={section} say={say} sayList={sayList} place={model.place} cite={cite} />
        </Fragment>
      ))}
      <footer className="sheet-footer">
        <p>
          {say(model.footer.versionText, { version: model.footer.contentVersion })} ·{' '}
          {say(model.footer.reviewedText, { date: model.footer.evidenceReviewedOn })}
        </p>
        {overdue && <p className="sheet-overdue">{say(overdue.text, { date: (language) => longDate(overdue.reviewedOn, language) })}</p>}
        <p>{say(model.footer.notMedicalAdvice)}</p>
        {model.footer.citations.length > 0 && (
          <p className="sheet-sources">{say(model.footer.sourcesLabel, { list: model.footer.citations.map((c, i) => `[${i + 1}] ${languages.text(c)}`).join('; ') })}</p>
        )}
      </footer>
    </article>
  );
}
