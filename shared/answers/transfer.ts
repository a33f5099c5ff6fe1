// Answers leaving and entering the app: the save file's parser for the stores, and the export /
// import file format (the answers document itself, as JSON). Shared by the Electron main process
// and the browser implementation so both accept and refuse exactly the same files.
import { parseAnswers } from './schema';
import type { AnswersDocument } from './types';

/** A real save is a few kilobytes; anything near this is not ours. */
export const ANSWERS_FILE_MAX_BYTES = 1024 * 1024;

export type AnswersProblemKind = 'not-json' | 'invalid' | 'newer-version' | 'too-large';
export interface AnswersProblem {
  kind: AnswersProblemKind;
  /** Technical detail (paths of the first problems), for the message's "details" part. */
  detail: string;
}

/** The file name offered when exporting, with the date so several exports do not collide. */
export function answersFileName(date: Date): string {
  const day = date.toISOString().slice(0, 10);
  return `ldn-decision-aid-answers-${day}.json`;
}

export function encodeAnswersFile(document: AnswersDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Checks an already-parsed JSON value, telling a newer app's file apart from a wrong one. */
export function checkAnswersValue(raw: unknown): { ok: true; document: AnswersDocument } | { ok: false; problem: AnswersProblem } {
  const result = parseAnswers(raw);
  if (result.ok) return { ok: true, document: result.value };
  const newer = result.errors.some((e) => e.code === 'too_new');
  const detail = result.errors
    .slice(0, 3)
    .map((e) => `${e.at}: ${e.message}`)
    .join('; ');
  return { ok: false, problem: { kind: newer ? 'newer-version' : 'invalid', detail } };
}

/** Reads an import file's text. Never throws. */
export function decodeAnswersFile(text: string, byteLength: number): { ok: true; document: AnswersDocument } | { ok: false; problem: AnswersProblem } {
  if (byteLength > ANSWERS_FILE_MAX_BYTES) return { ok: false, problem: { kind: 'too-large', detail: `${byteLength} bytes` } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  return checkAnswersValue(raw);
}
