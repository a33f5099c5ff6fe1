// Fuzzing of every bridge payload validator and of answer import. The normal test run uses a small
// sample; `npm run fuzz` runs 10,000 cases of each (FUZZ_RUNS).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../../shared/answers/empty';
import { SCHEMA_VERSION } from '../../../shared/answers/types';
import { checkAnswersValue, decodeAnswersFile } from '../../../shared/answers/transfer';
import { dispatchBridgeCall, parseBridgeRequest } from '../../../shared/bridge/contract';
import { BRIDGE_METHODS } from '../../../shared/bridge/methods';
import { QUESTION_IDS } from '../../../shared/questionnaire/ids';
import { stubHandlers } from '../../support/stub-handlers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const options = { numRuns: RUNS };
// Ten thousand async cases take longer than vitest's default 5 s per test.
const timeout = Math.max(5_000, RUNS * 10);

/** Anything JSON can carry, plus what only structured clone can (IPC carries both). */
const payload = fc.oneof(fc.anything({ withBigInt: false, withMap: true, withSet: true, withTypedArray: true, withDate: true }), fc.jsonValue());

/** Documents that are nearly right: a valid one with random answers, fields and versions. */
const nearlyValid = fc
  .record({
    answers: fc.dictionary(fc.constantFrom(...QUESTION_IDS), fc.oneof(fc.jsonValue(), fc.constantFrom('yes', 'no', 'not-sure', ['none'], ['pain', 'none']))),
    // The current version, an older one that is migrated on import, and anything else.
    schemaVersion: fc.oneof(fc.constantFrom(1, SCHEMA_VERSION), fc.integer(), fc.jsonValue()),
    perspective: fc.oneof(fc.constantFrom('self', 'child'), fc.jsonValue()),
    extra: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }),
  })
  .map(({ answers, schemaVersion, perspective, extra }) => ({ ...emptyAnswers('self'), answers, schemaVersion, perspective, ...extra }));

const handlers = stubHandlers({}, { spy: false });

describe.each(BRIDGE_METHODS)('the %s payload validator', (method) => {
  it('never throws: it accepts, or rejects naming the method and a path', () => {
    fc.assert(
      fc.property(payload, (raw) => {
        const result = parseBridgeRequest(method, raw);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid-request');
          expect(result.error.message.startsWith(`${method}: `)).toBe(true);
        }
      }),
      options,
    );
  }, timeout);

  it('a whole call never throws: it always resolves to an envelope', async () => {
    await fc.assert(
      fc.asyncProperty(payload, async (raw) => {
        const envelope = await dispatchBridgeCall(handlers, method, raw);
        expect(typeof envelope.ok).toBe('boolean');
      }),
      options,
    );
  }, timeout);
});

describe('answer import', () => {
  it('never throws on any text, and refuses what is not a valid document', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const result = decodeAnswersFile(text, text.length);
        if (result.ok) expect(checkAnswersValue(result.document).ok).toBe(true);
        else expect(['not-json', 'invalid', 'newer-version', 'too-large']).toContain(result.problem.kind);
      }),
      options,
    );
  }, timeout);

  it('never throws on nearly valid documents; what it accepts is valid through and through', () => {
    fc.assert(
      fc.property(nearlyValid, (doc) => {
        const text = JSON.stringify(doc);
        const result = decodeAnswersFile(text, text.length);
        if (result.ok) {
          expect(result.document.schemaVersion).toBe(SCHEMA_VERSION);
          expect(JSON.parse(JSON.stringify(result.document))).toEqual(result.document);
        }
      }),
      options,
    );
  }, timeout);
});
