// Answers leaving and entering the app: the save file's parser for the stores, and the export /
// import file format (the answers document itself, as JSON). Shared by the Electron main process
// and the browser implementation so both accept and refuse exactly the same files.
import { parseAnswers } from './schema';
import type { AnswersDocument } from './types';

/** A real save is a few kilobytes; anything near this is not ours. */
export const ANSWERS_FILE_MAX_BYTES = 1024 * 1024;

/** 'unreadable': not a regular file (a folder, a device, a pipe) or refused by the system. */
export type AnswersProblemKind = 'not-json' | 'invalid' | 'newer-version' | 'too-large' | 'unreadable';
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

/** Reads an import file's text. Never throws. A UTF-8 byte-order mark (some editors write one) is accepted. */
export function decodeAnswersFile(text: string, byteLength: number): { ok: true; document: AnswersDocument } | { ok: false; problem: AnswersProblem } {
  if (byteLength > ANSWERS_FILE_MAX_BYTES) return { ok: false, problem: { kind: 'too-large', detail: `${byteLength} bytes` } };
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    // The parser's message quotes the file's text: it is not passed on.
    return { ok: false, problem: { kind: 'not-json', detail: 'not valid JSON' } };
  }
  return checkAnswersValue(raw);
}

const IMPORT_DETAIL: Record<AnswersProblemKind, string> = {
  'not-json': 'not valid JSON',
  invalid: 'not an answers document of this app',
  'newer-version': 'made by a newer version of the app',
  'too-large': `larger than ${ANSWERS_FILE_MAX_BYTES} bytes`,
  unreadable: 'not a regular file, or it could not be read',
};

/**
 * An import problem as the page may see it: the kind and a fixed description. Never the file's
 * bytes (a parser or schema message can quote them) nor a path.
 */
export function importProblem(kind: AnswersProblemKind): AnswersProblem {
  return { kind, detail: IMPORT_DETAIL[kind] };
}
