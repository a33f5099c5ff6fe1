// The answers document's types. The schema that validates it, and its version history, are in
// ./schema.ts; that file's header documents the format.
import type { Perspective } from '../content/text';
import type { Language } from '../i18n/languages';
import type { QuestionId } from '../questionnaire/ids';

export const SCHEMA_VERSION = 2;

/**
 * One answer: an option id (single choice, yes/no, rating "1".."5"), a list of option ids
 * (multiple choice), or the text the person typed (free text).
 */
export type AnswerValue = string | readonly string[];

export type Answers = Partial<Record<QuestionId, AnswerValue>>;

/** A question the person wrote themselves, shown on the sheet exactly as typed. */
export interface OwnQuestion {
  /** "own-" + a short id made by the UI (letters, digits, hyphens). */
  readonly id: string;
  readonly text: string;
}

/** How the person arranged the suggested and own questions for their sheet. */
export interface SheetChoices {
  /** Question ids (suggested or own) in the order the person chose; others follow in engine order. */
  readonly order: readonly string[];
  /** Question ids the person starred: they come first on the sheet. */
  readonly starred: readonly string[];
  /** Suggested question ids the person removed (questions behind a raise-first flag stay). */
  readonly removed: readonly string[];
  /** The sheet's language when it differs from the app's, and an optional second language beside it. */
  readonly language?: Language;
  readonly secondLanguage?: Language;
  /** Optional name and visit date printed at the top; they stay on this computer like everything else. */
  readonly name?: string;
  readonly visitDate?: string;
}

/** The walkthrough screen the person was on, and the screens they have seen (UI step ids). */
export interface WalkthroughProgress {
  readonly step: string;
  readonly visited: readonly string[];
}

export interface AnswersDocument {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly perspective: Perspective;
  readonly answers: Answers;
  readonly ownQuestions: readonly OwnQuestion[];
  readonly sheet: SheetChoices;
  /** ISO 8601 time of the last change, or null before the first answer. */
  readonly updatedAt: string | null;
  /** Where the person is in the walkthrough, so they come back to the same place. Optional. */
  readonly progress?: WalkthroughProgress;
}
