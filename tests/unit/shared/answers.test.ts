import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION, formatPath, migrate, parseAnswers, type Migration } from '../../../shared/answers/schema';
import { emptyAnswers } from '../../../shared/answers/empty';
import { documentArb } from './arbitraries';
import { loadPersona, personaNames } from './helpers';

const valid = () => JSON.parse(JSON.stringify(emptyAnswers())) as Record<string, unknown>;

function errorsOf(raw: unknown) {
  const r = parseAnswers(raw);
  if (r.ok) throw new Error('expected the document to be rejected');
  return r.errors;
}

describe('parseAnswers: accepts', () => {
  it('an empty document', () => {
    const r = parseAnswers(valid());
    expect(r.ok).toBe(true);
  });
  it.each(personaNames())('the persona %s', (name) => {
    expect(() => loadPersona(name)).not.toThrow();
  });
  it('any text in free-text fields and own questions, kept exactly (emoji, right-to-left, markup)', () => {
    const text = '<script>alert(1)</script> 😀 مرحبا {{x}} \u202e';
    const raw = { ...valid(), answers: { currentTreatment: ['other'], otherTreatment: text }, ownQuestions: [{ id: 'own-a1', text }] };
    const r = parseAnswers(raw);
    expect(r.ok && r.value.answers.otherTreatment).toBe(text);
    expect(r.ok && r.value.ownQuestions[0]?.text).toBe(text);
  });
  it('documents generated from the questionnaire model', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const r = parseAnswers(JSON.parse(JSON.stringify(d)));
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseAnswers: rejects with a path', () => {
  it.each<[string, unknown, string]>([
    ['not an object', 'hello', '(document)'],
    ['an array', [], '(document)'],
    ['null', null, '(document)'],
  ])('%s', (_label, raw, at) => {
    expect(errorsOf(raw).map((e) => e.at)).toEqual([at]);
  });

  it('a missing schemaVersion', () => {
    const raw = valid();
    delete raw['schemaVersion'];
    expect(errorsOf(raw)[0]).toMatchObject({ at: 'schemaVersion', code: 'missing' });
  });
  it('a document from a newer app', () => {
    expect(errorsOf({ ...valid(), schemaVersion: SCHEMA_VERSION + 1 })[0]).toMatchObject({ at: 'schemaVersion', code: 'too_new' });
  });
  it.each([0, -1, 1.5, '1'])('schemaVersion %j', (v) => {
    expect(errorsOf({ ...valid(), schemaVersion: v })[0]?.at).toBe('schemaVersion');
  });
  it('an unknown option in a single-choice answer', () => {
    expect(errorsOf({ ...valid(), answers: { age: '200' } }).map((e) => e.at)).toEqual(['answers.age']);
  });
  it('an unknown option inside a multiple-choice answer, at its index', () => {
    expect(errorsOf({ ...valid(), answers: { opioidsNow: ['pain', 'heroin'] } }).map((e) => e.at)).toEqual(['answers.opioidsNow[1]']);
  });
  it('an exclusive option combined with others', () => {
    expect(errorsOf({ ...valid(), answers: { opioidsNow: ['none', 'pain'] } })[0]?.at).toBe('answers.opioidsNow');
    expect(errorsOf({ ...valid(), answers: { liver: ['not-sure', 'cirrhosis'] } })[0]?.at).toBe('answers.liver');
  });
  it('a repeated option, an empty list, and a list where one answer is expected', () => {
    expect(errorsOf({ ...valid(), answers: { liver: ['cirrhosis', 'cirrhosis'] } })[0]?.at).toBe('answers.liver');
    expect(errorsOf({ ...valid(), answers: { liver: [] } })[0]?.at).toBe('answers.liver');
    expect(errorsOf({ ...valid(), answers: { age: ['18-plus'] } })[0]?.at).toBe('answers.age');
    expect(errorsOf({ ...valid(), answers: { liver: 'cirrhosis' } })[0]?.at).toBe('answers.liver');
  });
  it('"prefer not to say" where it is not offered', () => {
    expect(errorsOf({ ...valid(), answers: { kidney: 'prefer-not' } })[0]?.at).toBe('answers.kidney');
  });
  it('an unknown question and an unknown top-level key, each by name', () => {
    const errors = errorsOf({ ...valid(), answers: { favouriteColour: 'blue' }, extra: 1 });
    expect(errors.map((e) => e.at).sort()).toEqual(['answers.favouriteColour', 'extra']);
    expect(errors.every((e) => e.code === 'unknown_key')).toBe(true);
  });
  it('free text over its limit', () => {
    expect(errorsOf({ ...valid(), answers: { otherTreatment: 'x'.repeat(201) } })[0]?.at).toBe('answers.otherTreatment');
  });
  it('too many or too long own questions, and bad ids', () => {
    const own = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `own-${i}`, text: 'Q?' }));
    expect(errorsOf({ ...valid(), ownQuestions: own(6) })[0]?.at).toBe('ownQuestions');
    expect(errorsOf({ ...valid(), ownQuestions: [{ id: 'own-1', text: 'x'.repeat(251) }] })[0]?.at).toBe('ownQuestions[0].text');
    expect(errorsOf({ ...valid(), ownQuestions: [{ id: 'bad id', text: 'Q?' }] })[0]?.at).toBe('ownQuestions[0].id');
    expect(errorsOf({ ...valid(), ownQuestions: [{ id: 'own-1', text: '' }] })[0]?.at).toBe('ownQuestions[0].text');
    expect(errorsOf({ ...valid(), ownQuestions: [{ id: 'own-1', text: 'a' }, { id: 'own-1', text: 'b' }] })[0]?.at).toBe('ownQuestions');
  });
  it('a wrong perspective, sheet choice or date', () => {
    expect(errorsOf({ ...valid(), perspective: 'parent' })[0]?.at).toBe('perspective');
    expect(errorsOf({ ...valid(), sheet: { order: [1], starred: [], removed: [] } })[0]?.at).toBe('sheet.order[0]');
    expect(errorsOf({ ...valid(), sheet: { order: [], starred: [] } })[0]?.at).toBe('sheet.removed');
    expect(errorsOf({ ...valid(), updatedAt: 'yesterday' })[0]?.at).toBe('updatedAt');
  });
  it('says "wrong type" for a value of the wrong type, and "missing" only for an absent one', () => {
    const wrong = errorsOf({ ...valid(), sheet: { order: [1], starred: 'all', removed: [] } });
    expect(wrong.map((e) => e.message)).toEqual([expect.stringContaining('wrong type'), expect.stringContaining('wrong type')]);
    expect(wrong.map((e) => e.message).join(' ')).not.toContain('missing');
    expect(errorsOf({ ...valid(), sheet: { order: [], starred: [] } })[0]?.message).toContain('missing');
  });
  it('reports every problem, not just the first', () => {
    const errors = errorsOf({ ...valid(), perspective: 'x', answers: { age: 'x', liver: ['x'] } });
    expect(errors.map((e) => e.at).sort()).toEqual(['answers.age', 'answers.liver[0]', 'perspective']);
  });
});

describe('migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v += 1) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });
  it('leaves a current document alone', () => {
    const r = migrate(valid(), { 1: () => ({ broken: true }) });
    expect(r).toEqual({ ok: true, doc: valid(), from: SCHEMA_VERSION });
  });
  it('runs each step in order, setting the version after each', () => {
    const seen: number[] = [];
    const steps: Record<number, Migration> = {
      1: (d) => (seen.push(d['schemaVersion'] as number), { ...d, a: 1 }),
      2: (d) => (seen.push(d['schemaVersion'] as number), { ...d, b: (d['a'] as number) + 1 }),
    };
    const r = migrate({ ...valid(), schemaVersion: 1 }, steps, 3);
    expect(seen).toEqual([1, 2]);
    expect(r.ok && r.doc).toMatchObject({ schemaVersion: 3, a: 1, b: 2 });
    expect(r.ok && r.from).toBe(1);
  });
  // Schema 2 (issue 17 §5): the knowledge check on the first stimulant tried (a rate without its
  // placebo rate) became knowStimulantVsPlacebo; an old answer to it means nothing now.
  it('loads a schema 1 file with knowFirstStimulant, and drops only that answer', () => {
    const persona = JSON.parse(JSON.stringify(loadPersona('every-flag'))) as Record<string, unknown>;
    const answers = { ...(persona['answers'] as Record<string, unknown>) };
    delete answers['knowStimulantVsPlacebo'];
    const old = { ...persona, schemaVersion: 1, answers: { ...answers, knowFirstStimulant: 'about-70' } };
    const r = parseAnswers(JSON.parse(JSON.stringify(old)));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.migratedFrom).toBe(1);
    expect(r.value.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.value).toEqual({ ...persona, schemaVersion: SCHEMA_VERSION, answers });
    expect(MIGRATIONS[1]?.({ schemaVersion: 1, answers: { age: '18-plus' } })).toEqual({ schemaVersion: 1, answers: { age: '18-plus' } });
  });
  it('refuses knowFirstStimulant in a current document', () => {
    expect(errorsOf({ ...valid(), answers: { knowFirstStimulant: 'about-70' } })[0]).toMatchObject({ at: 'answers.knowFirstStimulant', code: 'unknown_key' });
  });
  it('reports a missing step instead of guessing', () => {
    const r = migrate({ ...valid(), schemaVersion: 1 }, { 1: (d) => d }, 3);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatchObject({ at: 'schemaVersion', code: 'no_migration' });
  });
});

describe('parseAnswers never throws', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const r = parseAnswers(raw);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            expect(Array.isArray(e.path)).toBe(true);
            expect(e.at).toBe(formatPath(e.path));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
  it('on arbitrary values (prototypes, symbols, functions, cycles aside)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), (raw) => {
        const r = parseAnswers(raw);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
  it('on valid documents with one part replaced by arbitrary JSON', () => {
    const keys = ['schemaVersion', 'perspective', 'answers', 'ownQuestions', 'sheet', 'updatedAt'] as const;
    fc.assert(
      fc.property(documentArb, fc.constantFrom(...keys), fc.jsonValue(), (d, key, junk) => {
        const raw = { ...JSON.parse(JSON.stringify(d)), [key]: junk };
        const r = parseAnswers(raw);
        if (!r.ok) expect(r.errors.every((e) => e.path[0] === key || e.path.length === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
