import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentStore, type DocumentCodec } from '../../../electron/store/document-store';

interface Doc {
  schemaVersion: 1;
  note: string;
}

const codec: DocumentCodec<Doc> = {
  parse: (raw) => {
    const doc = raw as Partial<Doc> | null;
    if (doc && typeof doc === 'object' && typeof doc.schemaVersion === 'number' && doc.schemaVersion > 1) {
      return { ok: false, kind: 'newer-version', detail: `version ${doc.schemaVersion}` };
    }
    return doc?.schemaVersion === 1 && typeof doc.note === 'string' ? { ok: true, value: doc as Doc } : { ok: false, kind: 'invalid', detail: 'not a Doc' };
  },
};

let dir: string;
const fixedNow = () => new Date('2026-11-24T10:00:00.000Z');
const newStore = (options = {}) => new DocumentStore(dir, 'answers', codec, { now: fixedNow, ...options });

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('DocumentStore', () => {
  it('is empty at first, then gives back what was saved', async () => {
    expect(await newStore().load()).toEqual({ status: 'empty' });
    await newStore().save({ schemaVersion: 1, note: 'hello' });
    expect(await newStore().load()).toEqual({ status: 'loaded', document: { schemaVersion: 1, note: 'hello' } });
  });

  it('keeps the previous good state beside the current one', async () => {
    const store = newStore();
    await store.save({ schemaVersion: 1, note: 'first' });
    await store.save({ schemaVersion: 1, note: 'second' });
    expect(JSON.parse(await readFile(store.previousPath, 'utf8'))).toEqual({ schemaVersion: 1, note: 'first' });
    expect(JSON.parse(await readFile(store.filePath, 'utf8'))).toEqual({ schemaVersion: 1, note: 'second' });
  });

  it('continues the chain after a restart: the loaded state becomes the previous copy', async () => {
    await newStore().save({ schemaVersion: 1, note: 'before restart' });
    const restarted = newStore();
    await restarted.load();
    await restarted.save({ schemaVersion: 1, note: 'after restart' });
    expect(JSON.parse(await readFile(restarted.previousPath, 'utf8')).note).toBe('before restart');
  });

  it.each([
    ['truncated JSON', '{"schemaVersion":1,"no', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['binary bytes', '\u0000\u0001\u00ff\ufffd', 'not-json'],
    ['a foreign document', '{"hello":"world"}', 'invalid'],
    ['the wrong type', '[1,2,3]', 'invalid'],
    ['a newer version', '{"schemaVersion":7,"note":"from the future"}', 'newer-version'],
  ])('sets %s aside, keeps it byte for byte, and offers the previous good copy', async (_name, content, kind) => {
    const store = newStore();
    await store.save({ schemaVersion: 1, note: 'good one' });
    await store.save({ schemaVersion: 1, note: 'good two' });
    await writeFile(store.filePath, content);

    const outcome = await newStore().load();
    expect(outcome).toMatchObject({ status: 'restored-previous', document: { note: 'good one' }, problem: { kind } });
    const keptAt = outcome.status === 'restored-previous' ? outcome.problem?.keptAt : undefined;
    expect(keptAt).toBe(path.join(dir, 'answers.damaged-2026-11-24T10-00-00-000Z.json'));
    expect(await readFile(keptAt ?? '', 'utf8')).toBe(content);
  });

  it('says what happened when there is no good copy at all', async () => {
    await writeFile(path.join(dir, 'answers.json'), 'garbage');
    const outcome = await newStore().load();
    expect(outcome).toMatchObject({ status: 'set-aside', problem: { kind: 'not-json' } });
    expect(await readdir(dir)).toEqual(['answers.damaged-2026-11-24T10-00-00-000Z.json']);
  });

  it('does not read a file larger than the limit; it sets it aside', async () => {
    await writeFile(path.join(dir, 'answers.json'), JSON.stringify({ schemaVersion: 1, note: 'x'.repeat(5000) }));
    const outcome = await newStore({ maxBytes: 1000 }).load();
    expect(outcome).toMatchObject({ status: 'set-aside', problem: { kind: 'too-large' } });
  });

  it('sets a 50 MB file aside with the real limit, without reading it', async () => {
    await writeFile(path.join(dir, 'answers.json'), Buffer.alloc(50 * 1024 * 1024, 0x7b));
    const outcome = await new DocumentStore(dir, 'answers', codec, { now: fixedNow }).load();
    expect(outcome).toMatchObject({ status: 'set-aside', problem: { kind: 'too-large', detail: `${50 * 1024 * 1024} bytes` } });
  });

  it('never overwrites a set-aside file with later saves', async () => {
    await writeFile(path.join(dir, 'answers.json'), '{broken');
    const store = newStore();
    await store.load();
    await store.save({ schemaVersion: 1, note: 'fresh start' });
    await store.save({ schemaVersion: 1, note: 'fresh start 2' });
    expect(await readFile(path.join(dir, 'answers.damaged-2026-11-24T10-00-00-000Z.json'), 'utf8')).toBe('{broken');
  });

  it('erases the document, its previous copy and every set-aside copy, and nothing else', async () => {
    await writeFile(path.join(dir, 'answers.json'), '{broken');
    const store = newStore();
    await store.load();
    await store.save({ schemaVersion: 1, note: 'a' });
    await store.save({ schemaVersion: 1, note: 'b' });
    await writeFile(path.join(dir, 'preferences.json'), '{}');
    await store.erase();
    expect(await readdir(dir)).toEqual(['preferences.json']);
    expect(await newStore().load()).toEqual({ status: 'empty' });
  });

  it('reports a write it cannot make, and keeps the file it had', async () => {
    const store = newStore();
    await store.save({ schemaVersion: 1, note: 'kept' });
    await store.save({ schemaVersion: 1, note: 'kept too' });
    // A folder where the previous copy must go: the write fails whatever the user's rights (even root's).
    await rm(store.previousPath);
    await mkdir(store.previousPath);
    await expect(store.save({ schemaVersion: 1, note: 'not written' })).rejects.toThrow();
    expect(JSON.parse(await readFile(store.filePath, 'utf8')).note).toBe('kept too');
  });

  it('reports a folder it cannot create', async () => {
    await writeFile(path.join(dir, 'not-a-folder'), 'x');
    const store = new DocumentStore(path.join(dir, 'not-a-folder'), 'answers', codec);
    await expect(store.save({ schemaVersion: 1, note: 'x' })).rejects.toThrow();
  });
});
