// The discussion sheet as data (product brief §5). The print view renders these sections in this
// order: urgent help (numbers for the person's region) → raise-first flags → "also to talk about"
// (every ask-about flag: its title and key line, which the person cannot remove) → the person's
// questions (starred first, in their order, own questions included) → ADHD treatment history →
// what matters most → where they stand → notes → footer (content version, evidence review date,
// not medical advice, sources cited on the sheet).
// Free text (own questions, "other" answers) is passed through exactly as typed; the renderer
// shows it as text, never as markup.
import type { AnswersDocument } from '../answers/types';
import { CERTAINTY_LEVELS, type Certainty } from '../content/certainty';
import { CONTENT_VERSION, EVIDENCE_REVIEWED_ON, META_TEXT, evidenceIsOverdue } from '../content/meta';
import { CRISIS_CHECKED_ON, CRISIS_LISTS, CRISIS_TEXT, emergencyPlace, type CountryCrisisList, type CrisisRegion } from '../crisis';
import { perspectiveText, text, type Perspective, type TextRef } from '../content/text';
import { evaluate, type Flag, type QuestionOrigin } from '../engine/evaluate';
import { EMERGENCY_PAIN_SOURCES, inRegistryOrder, shortCitation, type SourceId } from '../references/registry';
import { answerIncludes, isAnswered } from '../questionnaire/conditions';
import { NOT_SURE, type QuestionId } from '../questionnaire/ids';
import { QUESTIONS, getQuestion, isChoiceQuestion, type ChoiceQuestion } from '../questionnaire/model';
import { pruneHiddenAnswers } from '../questionnaire/visibility';

export const HISTORY_TREATMENTS = ['methylphenidate', 'amphetamine', 'nonStimulant', 'behavioural', 'other'] as const;
export type HistoryTreatment = (typeof HISTORY_TREATMENTS)[number];

export type SheetQuestion =
  | {
      readonly kind: 'suggested';
      readonly id: string;
      readonly text: TextRef;
      readonly starred: boolean;
      readonly removable: boolean;
      readonly origin: QuestionOrigin;
      readonly sourceIds: readonly SourceId[];
    }
  | { readonly kind: 'own'; readonly id: string; readonly text: string; readonly starred: boolean; readonly removable: true };

export interface MedicineRow {
  readonly treatment: HistoryTreatment;
  readonly name: TextRef;
  readonly status: 'now' | 'before' | 'now-and-before';
  readonly statusLabel: TextRef;
  /** The person's words for an "other" treatment, as typed. */
  readonly detail: string | null;
  readonly response: TextRef | null;
  readonly sideEffects: readonly TextRef[];
  readonly stopReason: TextRef | null;
}

export interface ValueRow {
  readonly questionId: QuestionId;
  readonly label: TextRef;
  readonly rating: number;
  readonly ratingLabel: TextRef;
}

export type SheetSection =
  | { readonly kind: 'raise-first'; readonly title: TextRef; readonly intro: TextRef; readonly flags: readonly Flag[] }
  /** Every ask-about flag that fired, as its title and key line: compact, and never removable. */
  | { readonly kind: 'also-discuss'; readonly title: TextRef; readonly flags: readonly Flag[] }
  | {
      readonly kind: 'questions';
      readonly title: TextRef;
      /** "{{count}} questions" (plural forms in the locale files). */
      readonly count: TextRef;
      readonly starredLabel: TextRef;
      readonly items: readonly SheetQuestion[];
    }
  | {
      readonly kind: 'medicine-history';
      readonly title: TextRef;
      readonly columns: readonly TextRef[];
      readonly rows: readonly MedicineRow[];
      /** Said when there are no rows: no treatment yet, not sure, or not answered (never a guess). */
      readonly empty: TextRef;
    }
  | { readonly kind: 'what-matters'; readonly title: TextRef; readonly items: readonly ValueRow[]; readonly empty: TextRef }
  | {
      readonly kind: 'where-i-stand';
      readonly title: TextRef;
      readonly leaningLabel: TextRef;
      readonly leaning: TextRef | null;
      readonly needsLabel: TextRef;
      readonly needs: readonly TextRef[];
      readonly empty: TextRef;
    }
  | { readonly kind: 'notes'; readonly title: TextRef; readonly lines: number };

export type SheetSectionKind = SheetSection['kind'];

export interface SheetFooter {
  readonly contentVersion: string;
  readonly evidenceReviewedOn: string;
  readonly versionText: TextRef;
  readonly reviewedText: TextRef;
  readonly notMedicalAdvice: TextRef;
  readonly sourcesLabel: TextRef;
  /** Once the evidence is past its review: when it was last checked, and to ask the prescriber. */
  readonly overdueNote: SheetOverdueNote | null;
  /** Sources behind what the sheet prints, in registry order. */
  readonly sourceIds: readonly SourceId[];
  /** The same, as short citations ("Croop 1997"), translated; full references are in the app. */
  readonly citations: readonly TextRef[];
}

/** Says when the evidence was last checked ({{date}}: `reviewedOn`, written in the sheet's language). */
export interface SheetOverdueNote {
  readonly text: TextRef;
  readonly reviewedOn: string;
}

/**
 * How to reach urgent help, printed first when the urgent or the low-mood flag fired. The urgent
 * flag itself is printed here (its title and explanation), not again among the raise-first flags.
 */
export interface SheetUrgentHelp {
  readonly title: TextRef;
  /** The urgent flag, when it fired (else the box is there for low mood, with the general intro). */
  readonly flag: Flag | null;
  /** Says where to go ({{place}}: emergency room, A&E, urgencias, as the region says it). */
  readonly intro: TextRef;
  readonly place: TextRef;
  /** The region's numbers; null when the region is not known. */
  readonly list: CountryCrisisList | null;
  /** Always a way to get help now: "the numbers below", or, with no list, the local emergency number and {{place}}. */
  readonly getHelpNow: TextRef;
  readonly checkedOnText: TextRef;
  readonly checkedOn: string;
}

export interface SheetEmergencyPain {
  readonly title: TextRef;
  readonly text: TextRef;
  readonly certainty: Certainty;
  readonly sourceIds: readonly SourceId[];
}

export interface SheetOptions {
  /** Whose crisis numbers to print (the person's region, or the one they picked). */
  readonly country: CrisisRegion | null;
  /** The running date, to say when the evidence is past its review; without it, nothing is said. */
  readonly today?: Date;
}

export interface SheetModel {
  readonly perspective: Perspective;
  readonly title: TextRef;
  /** The decision, for this reader: "should I…", or "should my child…" for a parent. */
  readonly decision: TextRef;
  readonly urgentHelp: SheetUrgentHelp | null;
  /** On every sheet: what to do if pain relief is needed in an emergency (the answer to q-emergency-pain). */
  readonly emergencyPain: SheetEmergencyPain;
  /** What the region calls a hospital's emergency department, for flag texts that say where to go. */
  readonly place: TextRef;
  readonly sections: readonly SheetSection[];
  readonly footer: SheetFooter;
}

/** Each flag's certainty, printed short beside it (sheet:certainty.*). */
export const SHEET_CERTAINTY_LABELS: Readonly<Record<Certainty, TextRef>> = Object.fromEntries(
  CERTAINTY_LEVELS.map((c) => [c, text(`sheet:certainty.${c}`)]),
) as Record<Certainty, TextRef>;
/** For a list flag with no sources: it repeats the person's answers. */
export const SHEET_FROM_ANSWERS: TextRef = text('sheet:certainty.fromAnswers');

/** Lines for notes: none on a long sheet (the heading stays, for handwriting), so that it still fits on two pages. */
export const NOTES_LINES = { usual: 6, long: 0 } as const;
/** A sheet with more flags and questions than this counts as long. */
const LONG_SHEET_ITEMS = 30;

const t = (key: string) => text(`sheet:${key}` as const);
const pt = (key: string) => perspectiveText(`sheet:${key}` as const);

function optionLabel(questionId: QuestionId, optionId: string | undefined): TextRef | null {
  if (optionId === undefined) return null;
  const q = getQuestion(questionId);
  if (!isChoiceQuestion(q)) return null;
  return q.options.find((o) => o.id === optionId)?.label ?? null;
}

function single(doc: AnswersDocument, id: QuestionId): string | undefined {
  const v = doc.answers[id];
  return typeof v === 'string' ? v : undefined;
}

function list(doc: AnswersDocument, id: QuestionId): readonly string[] {
  const v = doc.answers[id];
  return Array.isArray(v) ? v : [];
}

function historyRows(doc: AnswersDocument): MedicineRow[] {
  const rows: MedicineRow[] = [];
  for (const treatment of HISTORY_TREATMENTS) {
    const now = answerIncludes(doc.answers.currentTreatment, [treatment]);
    const before = answerIncludes(doc.answers.pastTreatment, [treatment]);
    if (!now && !before) continue;
    const status = now && before ? 'now-and-before' : now ? 'now' : 'before';
    const responseId: QuestionId | null =
      treatment === 'other' ? null : treatment === 'behavioural' ? 'behaviouralResponse' : `${treatment}Response`;
    const sideEffectsId: QuestionId | null = treatment === 'other' || treatment === 'behavioural' ? null : `${treatment}SideEffects`;
    const stopId: QuestionId | null =
      treatment === 'other' ? null : treatment === 'behavioural' ? 'behaviouralStopReason' : `${treatment}StopReason`;
    const detail = treatment === 'other' ? (single(doc, 'otherTreatment') ?? null) : null;
    rows.push({
      treatment,
      name: t(`history.treatments.${treatment}`),
      status,
      statusLabel: t(`history.status.${status}`),
      detail: detail && detail.trim() ? detail : null,
      response: responseId ? optionLabel(responseId, single(doc, responseId)) : null,
      sideEffects: sideEffectsId
        ? list(doc, sideEffectsId)
            .map((o) => optionLabel(sideEffectsId, o))
            .filter((x): x is TextRef => x !== null)
        : [],
      stopReason: stopId ? optionLabel(stopId, single(doc, stopId)) : null,
    });
  }
  return rows;
}

function valueRows(doc: AnswersDocument): ValueRow[] {
  const valueQuestions = QUESTIONS.filter((q): q is ChoiceQuestion => q.section === 'values' && isChoiceQuestion(q));
  return valueQuestions
    .map((q, index) => ({ q, index, rating: Number(single(doc, q.id)) }))
    .filter(({ rating }) => Number.isInteger(rating) && rating >= 1 && rating <= 5)
    .sort((a, b) => b.rating - a.rating || a.index - b.index)
    .map(({ q, rating }) => ({
      questionId: q.id,
      label: q.topic,
      rating,
      ratingLabel: q.options.find((o) => o.id === String(rating))?.label ?? text('questions:shared.notSure'),
    }));
}

/** What to say when the history table is empty: only "no treatment yet" when both answers say so. */
function historyEmpty(doc: AnswersDocument): TextRef {
  const answers = [doc.answers.currentTreatment, doc.answers.pastTreatment];
  if (answers.some((a) => answerIncludes(a, [NOT_SURE]))) return pt('history.emptyNotSure');
  if (answers.every((a) => isAnswered(a) && answerIncludes(a, ['none']))) return pt('history.empty');
  return t('history.emptyNotAnswered');
}

function urgentHelp(country: CrisisRegion | null, flag: Flag | null): SheetUrgentHelp {
  return {
    title: CRISIS_TEXT.title,
    flag,
    intro: CRISIS_TEXT.intro,
    place: emergencyPlace(country),
    list: country ? CRISIS_LISTS[country] : null,
    getHelpNow: country ? CRISIS_TEXT.numbersBelow : CRISIS_TEXT.noList,
    checkedOnText: CRISIS_TEXT.checkedOn,
    checkedOn: CRISIS_CHECKED_ON,
  };
}

function orderQuestions(items: SheetQuestion[], order: readonly string[]): SheetQuestion[] {
  const position = new Map(order.map((id, i) => [id, i]));
  const indexed = items.map((item, i) => ({ item, i }));
  indexed.sort((a, b) => {
    if (a.item.starred !== b.item.starred) return a.item.starred ? -1 : 1;
    const pa = position.get(a.item.id);
    const pb = position.get(b.item.id);
    if (pa !== undefined && pb !== undefined) return pa - pb;
    if (pa !== undefined) return -1;
    if (pb !== undefined) return 1;
    return a.i - b.i;
  });
  return indexed.map(({ item }) => item);
}

/** The sheet for an answers document (hidden answers are ignored, as in the engine). */
export function buildSheetModel(input: AnswersDocument, options: SheetOptions = { country: null }): SheetModel {
  const doc = pruneHiddenAnswers(input);
  const evaluation = evaluate(doc);
  const starred = new Set(doc.sheet.starred);
  const removed = new Set(doc.sheet.removed);

  const suggested: SheetQuestion[] = evaluation.questions
    .filter((q) => !q.removable || !removed.has(q.id))
    .map((q) => ({
      kind: 'suggested',
      id: q.id,
      text: q.text,
      starred: starred.has(q.id),
      removable: q.removable,
      origin: q.origin,
      sourceIds: q.sourceIds,
    }));
  const own: SheetQuestion[] = doc.ownQuestions
    .filter((q) => q.text.trim().length > 0 && !removed.has(q.id))
    .map((q) => ({ kind: 'own', id: q.id, text: q.text, starred: starred.has(q.id), removable: true }));
  const questions = orderQuestions([...suggested, ...own], doc.sheet.order);

  const urgentFlag = evaluation.flags.find((f) => f.urgent) ?? null;
  const raiseFirst = evaluation.flags.filter((f) => f.severity === 'raise-first' && !f.urgent);
  const askAbout = evaluation.flags.filter((f) => f.severity === 'ask-about');
  const needsHelp = urgentFlag !== null || raiseFirst.some((f) => f.id === 'low-mood');

  const leaning = single(doc, 'leaning');
  const needs = list(doc, 'needs');

  const sections: SheetSection[] = [];
  if (raiseFirst.length > 0) {
    sections.push({ kind: 'raise-first', title: t('raiseFirst.title'), intro: pt('raiseFirst.intro'), flags: raiseFirst });
  }
  if (askAbout.length > 0) sections.push({ kind: 'also-discuss', title: t('alsoDiscuss.title'), flags: askAbout });
  sections.push(
    { kind: 'questions', title: t('questions.title'), count: t('questions.count'), starredLabel: t('questions.starred'), items: questions },
    {
      kind: 'medicine-history',
      title: pt('history.title'),
      columns: ['treatment', 'status', 'helped', 'sideEffects', 'whyStopped'].map((c) => t(`history.columns.${c}`)),
      rows: historyRows(doc),
      empty: historyEmpty(doc),
    },
    { kind: 'what-matters', title: t('values.title'), items: valueRows(doc), empty: t('values.empty') },
    {
      kind: 'where-i-stand',
      title: t('stance.title'),
      leaningLabel: t('stance.leaning'),
      leaning: leaning === undefined ? null : leaning === NOT_SURE ? t('stance.notSureYet') : optionLabel('leaning', leaning),
      needsLabel: t('stance.needs'),
      needs: needs.map((n) => optionLabel('needs', n)).filter((x): x is TextRef => x !== null),
      empty: t('stance.empty'),
    },
    { kind: 'notes', title: t('notes.title'), lines: evaluation.flags.length + questions.length > LONG_SHEET_ITEMS ? NOTES_LINES.long : NOTES_LINES.usual },
  );

  const cited = inRegistryOrder([
    ...evaluation.flags.flatMap((f) => f.sourceIds),
    ...EMERGENCY_PAIN_SOURCES,
    ...questions.flatMap((q) => (q.kind === 'suggested' ? q.sourceIds : [])),
  ]);

  return {
    perspective: doc.perspective,
    title: pt('title'),
    decision: pt('decision'),
    urgentHelp: needsHelp ? urgentHelp(options.country, urgentFlag) : null,
    emergencyPain: { title: t('emergencyPain.title'), text: t('emergencyPain.text'), certainty: 'some-evidence', sourceIds: EMERGENCY_PAIN_SOURCES },
    place: emergencyPlace(options.country),
    sections,
    footer: {
      contentVersion: CONTENT_VERSION,
      evidenceReviewedOn: EVIDENCE_REVIEWED_ON,
      versionText: META_TEXT.contentVersion,
      reviewedText: META_TEXT.reviewedOn,
      notMedicalAdvice: META_TEXT.notMedicalAdvice,
      overdueNote: options.today && evidenceIsOverdue(options.today) ? { text: t('footer.reviewOverdue'), reviewedOn: EVIDENCE_REVIEWED_ON } : null,
      sourcesLabel: t('footer.sources'),
      sourceIds: cited,
      citations: cited.map(shortCitation),
    },
  };
}

/** Section kinds in print order, for the print view and tests. */
export const SHEET_SECTION_ORDER: readonly SheetSectionKind[] = [
  'raise-first',
  'also-discuss',
  'questions',
  'medicine-history',
  'what-matters',
  'where-i-stand',
  'notes',
];
