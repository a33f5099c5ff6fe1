// The browser's stand-in for the Electron document store: the same rules (previous good copy,
// damaged data set aside and never overwritten), kept in localStorage.
import { ANSWERS_FILE_MAX_BYTES, checkAnswersValue } from '../../../shared/answers/transfer';
import type { AnswersDocument } from '../../../shared/answers/types';
import type { LoadOutcome } from '../../../shared/bridge/contract';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { readonly length: number; key(index: number): string | null };

export const ANSWERS_KEY = 'ldn-decision-aid:answers';
const PREVIOUS_KEY = `${ANSWERS_KEY}.previous`;
const DAMAGED_PREFIX = `${ANSWERS_KEY}.damaged-`;

type Read =
  | { status: 'ok'; document: AnswersDocument; text: string }
  | { status: 'missing' }
  | { status: 'bad'; kind: 'not-json' | 'invalid' | 'newer-version' | 'too-large'; detail: string };

export class LocalAnswersStore {
  private lastGoodText: string | null = null;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly now: () => Date = () => new Date(),
  ) {}

  load(): LoadOutcome {
    const main = this.read(ANSWERS_KEY);
    if (main.status === 'ok') {
      this.lastGoodText = main.text;
      return { status: 'loaded', document: main.document };
    }
    let problem = null;
    if (main.status === 'bad') {
      const keptAt = `${DAMAGED_PREFIX}${this.now().toISOString()}`;
      this.storage.setItem(keptAt, this.storage.getItem(ANSWERS_KEY) ?? '');
      this.storage.removeItem(ANSWERS_KEY);
      problem = { kind: main.kind, detail: main.detail, keptAt };
    }
    const previous = this.read(PREVIOUS_KEY);
    if (previous.status === 'ok') {
      this.lastGoodText = previous.text;
      return { status: 'restored-previous', document: previous.document, problem };
    }
    return problem ? { status: 'set-aside', problem } : { status: 'empty' };
  }

  save(document: AnswersDocument): void {
    const text = JSON.stringify(document);
    if (text === this.lastGoodText) return;
    if (this.lastGoodText !== null) this.storage.setItem(PREVIOUS_KEY, this.lastGoodText);
    this.storage.setItem(ANSWERS_KEY, text);
    this.lastGoodText = text;
  }

  erase(): void {
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i += 1) {
      const key = this.storage.key(i);
      if (key?.startsWith(ANSWERS_KEY)) keys.push(key);
    }
    for (const key of keys) this.storage.removeItem(key);
    this.lastGoodText = null;
  }

  private read(key: string): Read {
    const text = this.storage.getItem(key);
    if (text === null) return { status: 'missing' };
    // The same limit as a file: a real save is a few kilobytes, so a huge one is not parsed at all.
    if (text.length > ANSWERS_FILE_MAX_BYTES) return { status: 'bad', kind: 'too-large', detail: `${text.length} characters` };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return { status: 'bad', kind: 'not-json', detail: error instanceof Error ? error.message : String(error) };
    }
    const checked = checkAnswersValue(raw);
    if (checked.ok) return { status: 'ok', document: checked.document, text };
    return { status: 'bad', kind: checked.problem.kind === 'newer-version' ? 'newer-version' : 'invalid', detail: checked.problem.detail };
  }
}
