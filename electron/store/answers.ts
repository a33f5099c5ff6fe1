// The person's answers on disk: "answers.json" in the user-data folder, through the document store.
import { checkAnswersValue, ANSWERS_FILE_MAX_BYTES } from '../../shared/answers/transfer';
import type { AnswersDocument } from '../../shared/answers/types';
import { DocumentStore, type DocumentCodec } from './document-store';

const codec: DocumentCodec<AnswersDocument> = {
  parse: (raw) => {
    const checked = checkAnswersValue(raw);
    if (checked.ok) return { ok: true, value: checked.document };
    return { ok: false, kind: checked.problem.kind === 'newer-version' ? 'newer-version' : 'invalid', detail: checked.problem.detail };
  },
};

export function createAnswersStore(userDataDir: string): DocumentStore<AnswersDocument> {
  return new DocumentStore(userDataDir, 'answers', codec, { maxBytes: ANSWERS_FILE_MAX_BYTES });
}
