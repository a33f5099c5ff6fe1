// The answers document: one JSON object holding everything the person entered, saved locally,
// exported and re-imported. Validated here, with path-specific errors, before anything uses it.
//
// Format, schema version 2:
//   {
//     "schemaVersion": 2,
//     "perspective": "self" | "child",          // who the walkthrough is about
//     "answers": {                               // question id → answer; unanswered ids absent
//       "<single, yes/no or rating question>": "<option id>",     // ratings are "1".."5"
//       "<multiple-choice question>": ["<option id>", ...],      // non-empty, no repeats,
//                                                                 // an exclusive option stands alone
//       "<free-text question>": "<text as typed>"                 // at most its maxLength
//     },
//     "ownQuestions": [{ "id": "own-<a-z0-9->", "text": "<as typed>" }],   // at most 5 × 250 chars
//     "sheet": {                                 // how the person arranged the sheet's questions
//       "order":   ["<question id>", ...],       // suggested ("q-…") or own ("own-…") ids
//       "starred": ["<question id>", ...],
//       "removed": ["<question id>", ...],
//       "language": "en" | "es", "secondLanguage": "en" | "es",   // optional: the sheet's languages
//       "name": "<as typed>", "visitDate": "YYYY-MM-DD"            // optional: printed at the top
//     },
//     "updatedAt": "<ISO 8601 date-time>" | null,
//     "progress": { "step": "<screen id>", "visited": ["<screen id>", ...] }   // optional: where
//                                                 // the person was, to resume there
//   }
// Question and option ids are listed in shared/questionnaire/model.ts; every choice question
// accepts "not-sure", and sensitive ones "prefer-not". Unknown keys are rejected, so a typo or a
// foreign file is reported instead of silently ignored. Answers to questions that branching hides
// are accepted here and dropped by pruneHiddenAnswers().
//
// Versions: a document with an older schemaVersion is passed through MIGRATIONS one step at a
// time (from → from + 1) before validation; a newer one is refused (made by a newer app).
//   1 → 2 (content 3.1): the knowledge check knowFirstStimulant (a rate without its placebo rate)
//         was replaced by knowStimulantVsPlacebo; the old answer is dropped, nothing else changes.
import * as z from 'zod/mini';
import { PERSPECTIVES } from '../content/text';
import { SUPPORTED_LANGUAGES } from '../i18n/languages';
import { QUESTIONS, TEXT_LIMITS, isChoiceQuestion, type Question } from '../questionnaire/model';
import { SCHEMA_VERSION, type AnswersDocument } from './types';

export { SCHEMA_VERSION } from './types';

const ID_LIST_MAX = 80;
const ID_MAX = 80;
const ID_PATTERN = /^[a-z0-9][a-zA-Z0-9-]*$/;
const OWN_ID_PATTERN = /^own-[a-z0-9-]{1,36}$/;
const MAX_ERRORS = 50;
/** Walkthrough screen ids ("welcome", "section:opioids", "learn:side-effects"). */
const STEP_MAX = 40;
const STEP_PATTERN = /^[a-z][a-z:-]*$/;

function valueSchema(question: Question): z.ZodMiniType {
  if (!isChoiceQuestion(question)) return z.string().check(z.maxLength(question.maxLength));
  const ids = question.options.map((o) => o.id) as [string, ...string[]];
  if (question.type !== 'multi') return z.enum(ids);
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
  return z.array(z.enum(ids)).check(
    z.minLength(1, 'choose at least one option, or leave the question out'),
    z.maxLength(ids.length),
    z.refine((list) => new Set(list).size === list.length, 'an option is listed twice'),
    z.refine(
      (list) => list.length === 1 || !list.some((v) => exclusive.includes(v)),
      `"${exclusive.join('", "')}" cannot be combined with other options`,
    ),
  );
}

const answersShape = Object.fromEntries(QUESTIONS.map((q) => [q.id, z.optional(valueSchema(q))]));

const idList = z.array(z.string().check(z.maxLength(ID_MAX), z.regex(ID_PATTERN))).check(z.maxLength(ID_LIST_MAX));

export const answersDocumentSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  perspective: z.enum(PERSPECTIVES),
  answers: z.strictObject(answersShape),
  ownQuestions: z
    .array(
      z.strictObject({
        id: z.string().check(z.regex(OWN_ID_PATTERN)),
        text: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.ownQuestion)),
      }),
    )
    .check(
      z.maxLength(TEXT_LIMITS.ownQuestionCount),
      z.refine((list) => new Set(list.map((q) => q.id)).size === list.length, 'two own questions share an id'),
    ),
  sheet: z.strictObject({
    order: idList,
    starred: idList,
    removed: idList,
    language: z.optional(z.enum(SUPPORTED_LANGUAGES)),
    secondLanguage: z.optional(z.enum(SUPPORTED_LANGUAGES)),
    name: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.sheetName))),
    visitDate: z.optional(z.iso.date()),
  }),
  updatedAt: z.nullable(z.iso.datetime({ offset: true })),
  progress: z.optional(
    z.strictObject({
      step: z.string().check(z.maxLength(STEP_MAX), z.regex(STEP_PATTERN)),
      visited: z.array(z.string().check(z.maxLength(STEP_MAX), z.regex(STEP_PATTERN))).check(z.maxLength(ID_LIST_MAX)),
    }),
  ),
});

export type PathSegment = string | number;

export interface AnswersError {
  /** Where the problem is, as keys from the document root. */
  readonly path: readonly PathSegment[];
  /** The same path written out: "answers.opioidsNow[1]" ("(document)" for the root). */
  readonly at: string;
  readonly code: string;
  /** For logs and developers; the UI shows its own translated message. */
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly value: AnswersDocument; readonly migratedFrom?: number }
  | { readonly ok: false; readonly errors: readonly AnswersError[] };

/** Upgrades a raw document of version `from` to version `from + 1`. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** Drops the answers to questions that no longer exist (a different question now asks the fact). */
const dropAnswers =
  (...ids: readonly string[]): Migration =>
  (doc) => {
    const answers = doc['answers'];
    if (!isPlainObject(answers)) return doc;
    return { ...doc, answers: Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id))) };
  };

/** Steps from each old schema version to the next. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: dropAnswers('knowFirstStimulant'),
};

export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(document)';
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

function error(path: readonly PathSegment[], code: string, message: string): AnswersError {
  return { path, at: formatPath(path), code, message };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Issue = z.core.$ZodIssue;

/** Whether the document has a value at this path (zod's issues do not carry the input by default). */
function isPresent(doc: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = doc;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== undefined;
}

/** A readable message for a schema issue (zod/mini only says "Invalid input"). */
function describe(issue: Issue, doc: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return isPresent(doc, issue.path) ? `wrong type (expected ${issue.expected})` : `missing (expected ${issue.expected})`;
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      return `must be ${values.length === 1 ? values[0] : `one of ${values.slice(0, 12).join(', ')}${values.length > 12 ? ', …' : ''}`}`;
    }
    case 'too_big':
      return `too ${issue.origin === 'array' ? 'many items' : 'long'} (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `too ${issue.origin === 'array' ? 'few items' : 'short'} (at least ${String(issue.minimum)})`;
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/** Runs the migrations from the document's version up to `target` (SCHEMA_VERSION). */
export function migrate(
  raw: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): { ok: true; doc: Record<string, unknown>; from: number } | { ok: false; errors: AnswersError[] } {
  const version = raw['schemaVersion'];
  if (version === undefined) return { ok: false, errors: [error(['schemaVersion'], 'missing', 'schemaVersion is missing')] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [error(['schemaVersion'], 'invalid_value', 'schemaVersion must be a whole number from 1')] };
  }
  if (version > target) {
    return {
      ok: false,
      errors: [error(['schemaVersion'], 'too_new', `made by a newer version of the app (schema ${version}; this app reads up to ${target})`)],
    };
  }
  let doc = raw;
  for (let v = version; v < target; v += 1) {
    const step = migrations[v];
    if (!step) return { ok: false, errors: [error(['schemaVersion'], 'no_migration', `no way to upgrade schema ${v} to ${v + 1}`)] };
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, doc, from: version };
}

/**
 * Validates an answers document from anywhere (a save file, an import, the UI). Never throws:
 * returns the typed document, or every problem found with its path.
 */
export function parseAnswers(raw: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ParseResult {
  try {
    if (!isPlainObject(raw)) return { ok: false, errors: [error([], 'invalid_type', 'expected a JSON object')] };
    const migrated = migrate(raw, migrations);
    if (!migrated.ok) return { ok: false, errors: migrated.errors };
    const result = answersDocumentSchema.safeParse(migrated.doc);
    if (result.success) {
      const value = result.data as AnswersDocument;
      return migrated.from === SCHEMA_VERSION ? { ok: true, value } : { ok: true, value, migratedFrom: migrated.from };
    }
    const errors: AnswersError[] = [];
    for (const issue of result.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) errors.push(error([...path, key], 'unknown_key', `"${key}" is not part of the answers format`));
      } else {
        errors.push(error(path, issue.code ?? 'invalid', describe(issue, migrated.doc)));
      }
      if (errors.length >= MAX_ERRORS) break;
    }
    return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  } catch (e) {
    return { ok: false, errors: [error([], 'internal', `could not read the document: ${e instanceof Error ? e.message : 'unknown error'}`)] };
  }
}
