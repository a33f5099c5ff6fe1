// Reading and writing one JSON document on disk without ever losing the last good one:
// writes go to a temp file, are flushed, then renamed over the old file (write-file-atomic);
// a file that cannot be read as a valid document is moved aside, never overwritten.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export type ReadResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  | { status: 'set-aside'; reason: string; setAsidePath: string };

export type DocumentParser<T> = (raw: unknown) => { ok: true; value: T } | { ok: false; reason: string };

function setAsideName(filePath: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const ext = path.extname(filePath);
  return path.join(path.dirname(filePath), `${path.basename(filePath, ext)}.damaged-${stamp}${ext}`);
}

export async function readJsonDocument<T>(
  filePath: string,
  parse: DocumentParser<T>,
  now: () => Date = () => new Date(),
): Promise<ReadResult<T>> {
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw error;
  }
  let reason: string;
  try {
    const parsed = parse(JSON.parse(text) as unknown);
    if (parsed.ok) return { status: 'ok', value: parsed.value };
    reason = parsed.reason;
  } catch (error) {
    reason = `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const setAsidePath = setAsideName(filePath, now());
  await fs.rename(filePath, setAsidePath);
  return { status: 'set-aside', reason, setAsidePath };
}

export async function writeJsonDocument(filePath: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  await writeFileAtomic(filePath, `${JSON.stringify(value, null, 2)}\n`, { encoding: 'utf8', fsync: true });
}
