// A process that saves answers-like documents as fast as it can, through the real document store,
// printing each number once its save has returned. The crash test kills it at random moments.
import { DocumentStore, type DocumentCodec } from '../../electron/store/document-store';

export interface Numbered {
  n: number;
  /** Long, and derived from n, so a torn or mixed write cannot pass as valid. */
  pad: string;
}

export function padFor(n: number): string {
  return `${n}:`.repeat(400);
}

export const numberedCodec: DocumentCodec<Numbered> = {
  parse: (raw) => {
    const doc = raw as Partial<Numbered> | null;
    return typeof doc?.n === 'number' && doc.pad === padFor(doc.n) ? { ok: true, value: doc as Numbered } : { ok: false, kind: 'invalid', detail: 'not a numbered document' };
  },
};

async function main(dir: string): Promise<void> {
  const store = new DocumentStore(dir, 'answers', numberedCodec);
  const loaded = await store.load();
  let n = loaded.status === 'loaded' || loaded.status === 'restored-previous' ? loaded.document.n + 1 : 0;
  for (;;) {
    await store.save({ n, pad: padFor(n) });
    process.stdout.write(`${n}\n`);
    n += 1;
  }
}

const dir = process.argv[2];
if (dir) void main(dir);
