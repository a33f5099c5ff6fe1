// A new, empty answers document. Apart from the schema so the first screen can start one without
// loading the validation library (the host validates; see renderer/src/bridge).
import { SCHEMA_VERSION, type AnswersDocument } from './types';

/** A new, empty document. */
export function emptyAnswers(perspective: AnswersDocument['perspective'] = 'self'): AnswersDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    perspective,
    answers: {},
    ownQuestions: [],
    sheet: { order: [], starred: [], removed: [] },
    updatedAt: null,
  };
}
