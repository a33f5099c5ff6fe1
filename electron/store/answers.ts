// The person's answers on disk: "answers.json" in the user-data folder, through the document store;
// or only in memory in clinic mode.
import { checkAnswersValue, ANSWERS_FILE_MAX_BYTES } from '../../shared/answers/transfer';
import type { AnswersDocument } from '../../shared/answers/types';
import { DocumentStore, type DocumentCodec, type KeptDocument } from './document-store';
import { MemoryDocument } from './memory-document';

const codec: DocumentCodec<AnswersDocument> = {
  parse: (raw) => {
    const checked = checkAnswersValue(raw);
    if (checked.ok) return { ok: true, value: checked.document };
    return { ok: false, kind: checked.problem.kind === 'newer-version' ? 'newer-version' : 'invalid', detail: checked.problem.detail };
  },
};

/** `userDataDir` null: in memory only (clinic mode). */
export function createAnswersStore(userDataDir: string | null): KeptDocument<AnswersDocument> {
  if (userDataDir === null) return new MemoryDocument();
  return new DocumentStore(userDataDir, 'answers', codec, { maxBytes: ANSWERS_FILE_MAX_BYTES });
}
