import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnswersStore } from '../../../electron/store/answers';
import { emptyAnswers } from '../../../shared/answers/empty';
import { answersFileName, decodeAnswersFile, encodeAnswersFile } from '../../../shared/answers/transfer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'answers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const doc = { ...emptyAnswers('child'), answers: { age: '6-11', opioidsNow: ['none'] }, updatedAt: '2026-11-24T09:30:00.000Z' };

describe('the answers store on disk', () => {
  it('saves and resumes a document', async () => {
    await createAnswersStore(dir).save(doc);
    expect(await createAnswersStore(dir).load()).toEqual({ status: 'loaded', document: doc });
  });

  it('tells a file from a newer app apart from a damaged one, and keeps both', async () => {
    await writeFile(path.join(dir, 'answers.json'), JSON.stringify({ ...doc, schemaVersion: 5 }));
    expect(await createAnswersStore(dir).load()).toMatchObject({ status: 'set-aside', problem: { kind: 'newer-version' } });
    await writeFile(path.join(dir, 'answers.json'), JSON.stringify({ ...doc, answers: { age: 'ancient' } }));
    expect(await createAnswersStore(dir).load()).toMatchObject({ status: 'set-aside', problem: { kind: 'invalid', detail: expect.stringContaining('answers.age') } });
    expect((await readdir(dir)).filter((f) => f.startsWith('answers.damaged-'))).toHaveLength(2);
  });
});

describe('export and import files', () => {
  it('names the export with the date', () => {
    expect(answersFileName(new Date('2026-03-05T23:00:00Z'))).toBe('ldn-decision-aid-answers-2026-03-05.json');
  });

  it('round-trips a document', () => {
    const text = encodeAnswersFile(doc);
    expect(decodeAnswersFile(text, text.length)).toEqual({ ok: true, document: doc });
  });

  it.each([
    ['', 'not-json'],
    ['<html>', 'not-json'],
    ['[]', 'invalid'],
    ['{"schemaVersion":1}', 'invalid'],
    ['{"schemaVersion":3,"perspective":"self"}', 'newer-version'],
  ])('rejects %j as %s', (text, kind) => {
    expect(decodeAnswersFile(text, text.length)).toMatchObject({ ok: false, problem: { kind } });
  });

  it('refuses an oversized file without parsing it', () => {
    expect(decodeAnswersFile('{}', 2 * 1024 * 1024)).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
  });
});
