// One JSON document in the user-data folder, kept safe:
// - every write goes to a temp file, is flushed, then renamed over the old one (write-file-atomic),
//   so the file on disk is always a whole old state or a whole new one;
// - the last good state before each save is kept as "<name>.previous.json";
// - a file that is damaged, foreign, too large or from a newer version is never overwritten: it is
//   moved aside as "<name>.damaged-<time>.json" and the previous good copy is offered instead
//   (if it cannot be moved, e.g. on a read-only disk, it stays and no save replaces it);
// - saves run one at a time, in the order they were asked for; a save overtaken by a newer one is
//   skipped, so the file on disk is always the last document sent;
// - reads are bounded and of regular files only (bounded-read.ts).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { readRegularFile } from './bounded-read';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; kind: 'invalid' | 'newer-version'; detail: string };

export interface DocumentCodec<T> {
  parse(raw: unknown): ParseResult<T>;
}

/** 'unreadable': not a regular file, or the system refused to read it (permission, I/O error). */
export type ProblemKind = 'invalid' | 'newer-version' | 'not-json' | 'too-large' | 'unreadable';
export interface Problem {
  kind: ProblemKind;
  detail: string;
  /** Where the bad file now is. */
  keptAt: string;
}

export type LoadOutcome<T> =
  | { status: 'empty' }
  | { status: 'loaded'; document: T }
  | { status: 'restored-previous'; document: T; problem: Problem | null }
  | { status: 'set-aside'; problem: Problem };

/** What the app needs of a kept document: the file store below, or memory only (clinic mode). */
export interface KeptDocument<T> {
  load(): Promise<LoadOutcome<T>>;
  save(document: T): Promise<void>;
  /** Resolves with the names of the files that could not be removed (none: everything is gone). */
  erase(): Promise<string[]>;
  /** True while a save or an erase is running or waiting. */
  readonly busy: boolean;
  /** Resolves when every save and erase asked for so far has ended. */
  idle(): Promise<void>;
}

export interface DocumentStoreOptions {
  /** Larger files are not read at all (a save of this app is a few kilobytes). */
  maxBytes?: number;
  now?: () => Date;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

type ReadResult<T> = { status: 'ok'; value: T; text: string } | { status: 'missing' } | { status: 'bad'; kind: ProblemKind; detail: string };

export class DocumentStore<T> implements KeptDocument<T> {
  readonly filePath: string;
  readonly previousPath: string;
  private readonly dir: string;
  private readonly baseName: string;
  private readonly maxBytes: number;
  private readonly now: () => Date;
  /** The text of the last state known good on disk: what becomes the previous copy on the next save. */
  private lastGoodText: string | null = null;
  /** A bad file that could not be moved aside: it must be moved before anything is written over it. */
  private stuckBadFile = false;
  /** Saves and erases run one after another on this chain. */
  private queue: Promise<void> = Promise.resolve();
  private pendingTasks = 0;
  /** Raised by each save and each erase: an older save still waiting is skipped. */
  private latest = 0;

  constructor(
    dir: string,
    baseName: string,
    private readonly codec: DocumentCodec<T>,
    options: DocumentStoreOptions = {},
  ) {
    this.dir = dir;
    this.baseName = baseName;
    this.filePath = path.join(dir, `${baseName}.json`);
    this.previousPath = path.join(dir, `${baseName}.previous.json`);
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.now = options.now ?? (() => new Date());
  }

  async load(): Promise<LoadOutcome<T>> {
    const main = await this.read(this.filePath);
    if (main.status === 'ok') {
      this.lastGoodText = main.text;
      return { status: 'loaded', document: main.value };
    }
    const problem = main.status === 'bad' ? await this.setAside(main.kind, main.detail) : null;
    const previous = await this.read(this.previousPath);
    if (previous.status === 'ok') {
      this.lastGoodText = previous.text;
      return { status: 'restored-previous', document: previous.value, problem };
    }
    return problem ? { status: 'set-aside', problem } : { status: 'empty' };
  }

  /** Saves the document after every save asked for before it; skipped if a newer save or an erase comes first. */
  save(document: T): Promise<void> {
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const ticket = ++this.latest;
    return this.enqueue(async () => {
      if (ticket !== this.latest || text === this.lastGoodText) return;
      await fs.mkdir(this.dir, { recursive: true });
      if (this.stuckBadFile) {
        await this.setAside('invalid', '', { mustMove: true });
        this.stuckBadFile = false;
      }
      if (this.lastGoodText !== null) await writeFileAtomic(this.previousPath, this.lastGoodText, { fsync: true });
      await writeFileAtomic(this.filePath, text, { fsync: true });
      this.lastGoodText = text;
    });
  }

  /** True while a save or an erase is running or waiting. */
  get busy(): boolean {
    return this.pendingTasks > 0;
  }

  /** Resolves when every save and erase asked for so far has ended (whether or not it worked). */
  idle(): Promise<void> {
    return this.queue;
  }

  /**
   * Removes the document, its previous copy, every copy set aside and the writer's temporary files
   * ("<name>.json.<n>"), after the save in flight ends; saves still waiting are dropped.
   * Never throws: returns the names of the files it could not remove.
   */
  erase(): Promise<string[]> {
    this.latest += 1;
    let notErased: string[] = [];
    return this.enqueue(async () => {
      let names: string[] = [];
      try {
        names = await fs.readdir(this.dir);
      } catch (error) {
        if (!isMissing(error)) {
          notErased = [`${this.baseName}.json`];
          return;
        }
      }
      const ours = names.filter(
        (name) =>
          name === `${this.baseName}.json` ||
          name.startsWith(`${this.baseName}.json.`) ||
          name.startsWith(`${this.baseName}.previous.`) ||
          name.startsWith(`${this.baseName}.damaged-`),
      );
      const results = await Promise.allSettled(ours.map((name) => fs.rm(path.join(this.dir, name), { force: true, recursive: true })));
      notErased = ours.filter((_, i) => results[i]?.status === 'rejected');
      this.lastGoodText = null;
      this.stuckBadFile = false;
    }).then(() => notErased);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.pendingTasks += 1;
    const run = this.queue.then(task).finally(() => {
      this.pendingTasks -= 1;
    });
    this.queue = run.catch(() => {});
    return run;
  }

  private async read(filePath: string): Promise<ReadResult<T>> {
    const file = await readRegularFile(filePath, this.maxBytes);
    if (file.status === 'missing') return file;
    if (file.status !== 'ok') return { status: 'bad', kind: file.status, detail: file.detail };
    let raw: unknown;
    try {
      raw = JSON.parse(file.text);
    } catch (error) {
      return { status: 'bad', kind: 'not-json', detail: error instanceof Error ? error.message : String(error) };
    }
    const parsed = this.codec.parse(raw);
    return parsed.ok ? { status: 'ok', value: parsed.value, text: file.text } : { status: 'bad', kind: parsed.kind, detail: parsed.detail };
  }

  /** Moves the bad file aside. If it cannot be moved it stays where it is, and no save may replace it. */
  private async setAside(kind: ProblemKind, detail: string, { mustMove = false } = {}): Promise<Problem> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const keptAt = path.join(this.dir, `${this.baseName}.damaged-${stamp}.json`);
    try {
      await fs.rename(this.filePath, keptAt);
      return { kind, detail, keptAt };
    } catch (error) {
      if (mustMove && !isMissing(error)) throw error;
      this.stuckBadFile = !mustMove;
      return { kind, detail, keptAt: this.filePath };
    }
  }
}
