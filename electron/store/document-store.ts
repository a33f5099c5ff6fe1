// One JSON document in the user-data folder, kept safe:
// - every write goes to a temp file, is flushed, then renamed over the old one (write-file-atomic),
//   so the file on disk is always a whole old state or a whole new one;
// - the last good state before each save is kept as "<name>.previous.json";
// - a file that is damaged, foreign, too large or from a newer version is never overwritten: it is
//   moved aside as "<name>.damaged-<time>.json" and the previous good copy is offered instead.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; kind: 'invalid' | 'newer-version'; detail: string };

export interface DocumentCodec<T> {
  parse(raw: unknown): ParseResult<T>;
}

export type ProblemKind = 'invalid' | 'newer-version' | 'not-json' | 'too-large';
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
  erase(): Promise<void>;
}

export interface DocumentStoreOptions {
  /** Larger files are not read at all (a save of this app is a few kilobytes). */
  maxBytes?: number;
  now?: () => Date;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

export class DocumentStore<T> implements KeptDocument<T> {
  readonly filePath: string;
  readonly previousPath: string;
  private readonly dir: string;
  private readonly baseName: string;
  private readonly maxBytes: number;
  private readonly now: () => Date;
  /** The text of the last state known good on disk: what becomes the previous copy on the next save. */
  private lastGoodText: string | null = null;

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

  async save(document: T): Promise<void> {
    const text = `${JSON.stringify(document, null, 2)}\n`;
    if (text === this.lastGoodText) return;
    await fs.mkdir(this.dir, { recursive: true });
    if (this.lastGoodText !== null) await writeFileAtomic(this.previousPath, this.lastGoodText, { fsync: true });
    await writeFileAtomic(this.filePath, text, { fsync: true });
    this.lastGoodText = text;
  }

  /** Removes the document, its previous copy and every copy set aside. */
  async erase(): Promise<void> {
    let names: string[] = [];
    try {
      names = await fs.readdir(this.dir);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    const ours = names.filter((name) => name === `${this.baseName}.json` || name.startsWith(`${this.baseName}.previous.`) || name.startsWith(`${this.baseName}.damaged-`));
    await Promise.all(ours.map((name) => fs.rm(path.join(this.dir, name), { force: true })));
    this.lastGoodText = null;
  }

  private async read(
    filePath: string,
  ): Promise<{ status: 'ok'; value: T; text: string } | { status: 'missing' } | { status: 'bad'; kind: ProblemKind; detail: string }> {
    try {
      const { size } = await fs.stat(filePath);
      if (size > this.maxBytes) return { status: 'bad', kind: 'too-large', detail: `${size} bytes` };
      const text = await fs.readFile(filePath, 'utf8');
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        return { status: 'bad', kind: 'not-json', detail: error instanceof Error ? error.message : String(error) };
      }
      const parsed = this.codec.parse(raw);
      return parsed.ok ? { status: 'ok', value: parsed.value, text } : { status: 'bad', kind: parsed.kind, detail: parsed.detail };
    } catch (error) {
      if (isMissing(error)) return { status: 'missing' };
      throw error;
    }
  }

  private async setAside(kind: ProblemKind, detail: string): Promise<Problem> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const keptAt = path.join(this.dir, `${this.baseName}.damaged-${stamp}.json`);
    await fs.rename(this.filePath, keptAt);
    return { kind, detail, keptAt };
  }
}
