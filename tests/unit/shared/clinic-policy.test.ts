// The clinic policy file: its parser (examples, then fuzzed against an independent reading of the
// rules), and how the file, its absence or its failure, and the --clinic switch decide the mode.
// `npm run fuzz` runs 10,000 cases of each property (FUZZ_RUNS).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideClinicSettings, parseClinicPolicy, POLICY_MAX_CHARS, POLICY_PRINTER_MAX_CHARS, type PolicyRead } from '../../../shared/clinic/policy';
import { DEFAULT_IDLE_MINUTES } from '../../../shared/clinic/timing';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const options = { numRuns: RUNS };
// A guard against a hang, not a speed check: about 1 s alone, but several times that on a loaded 2-core CI machine.
const timeout = Math.max(15_000, RUNS * 15);

/** The rules as the README states them, written out by hand: the oracle the parser is fuzzed against. */
function followsTheRules(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const policy = value as Record<string, unknown>;
  const known = ['clinicMode', 'idleMinutes', 'defaultLanguage', 'paperSize'];
  if (Object.keys(policy).some((key) => !known.includes(key))) return false;
  if (typeof policy.clinicMode !== 'boolean') return false;
  const idle = policy.idleMinutes;
  if ('idleMinutes' in policy && !(typeof idle === 'number' && Number.isInteger(idle) && idle >= 1 && idle <= 120)) return false;
  if ('defaultLanguage' in policy && !['en', 'es'].includes(policy.defaultLanguage as string)) return false;
  if ('paperSize' in policy && !['Letter', 'A4'].includes(policy.paperSize as string)) return false;
  return true;
}

/** Policies that are nearly right: each field mostly valid (edges included), sometimes wrong or absent, sometimes a stray key. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: wrong, weight: 1 });
const nearlyValid = fc
  .record(
    {
      clinicMode: mostly(fc.boolean(), fc.constantFrom('true', 1, null)),
      idleMinutes: mostly(fc.oneof(fc.integer({ min: -1, max: 3 }), fc.integer({ min: 117, max: 123 }), fc.integer({ min: -5, max: 200 })), fc.oneof(fc.double(), fc.constantFrom('5', null))),
      defaultLanguage: mostly(fc.constantFrom('en', 'es'), fc.oneof(fc.constantFrom('fr', 'EN', 'es-MX', ''), fc.string())),
      paperSize: mostly(fc.constantFrom('Letter', 'A4'), fc.oneof(fc.constantFrom('a4', 'Legal', ''), fc.string())),
      stray: fc.dictionary(fc.constantFrom('idleMinuts', 'language', 'clinic', '__proto__', 'ClinicMode'), fc.jsonValue(), { maxKeys: 1 }),
    },
    { requiredKeys: ['stray'] },
  )
  .map(({ stray, ...fields }) => ({ ...fields, ...stray }));

const validPolicy = fc.record(
  {
    clinicMode: fc.boolean(),
    idleMinutes: fc.integer({ min: 1, max: 120 }),
    defaultLanguage: fc.constantFrom('en' as const, 'es' as const),
    paperSize: fc.constantFrom('Letter' as const, 'A4' as const),
  },
  { requiredKeys: ['clinicMode'] },
);

describe('parseClinicPolicy', () => {
  it('accepts a full policy and a minimal one', () => {
    expect(parseClinicPolicy('{"clinicMode": true, "idleMinutes": 10, "defaultLanguage": "es", "paperSize": "A4"}')).toEqual({
      ok: true,
      policy: { clinicMode: true, idleMinutes: 10, defaultLanguage: 'es', paperSize: 'A4' },
    });
    expect(parseClinicPolicy('{ "clinicMode": false }\n')).toEqual({ ok: true, policy: { clinicMode: false } });
  });

  it('accepts a file saved with a byte-order mark (as Windows Notepad may save it)', () => {
    expect(parseClinicPolicy('\uFEFF{"clinicMode": true}')).toEqual({ ok: true, policy: { clinicMode: true } });
  });

  it.each([
    ['', 'not JSON'],
    ['{"clinicMode": true,}', 'not JSON'],
    ['{}', 'clinicMode'],
    ['[]', '(file)'],
    ['null', '(file)'],
    ['{"clinicMode": "yes"}', 'clinicMode'],
    ['{"clinicMode": true, "idleMinuts": 3}', 'idleMinuts'],
    ['{"clinicMode": true, "idleMinutes": 0}', 'idleMinutes'],
    ['{"clinicMode": true, "idleMinutes": 2.5}', 'idleMinutes'],
    ['{"clinicMode": true, "idleMinutes": 121}', 'idleMinutes'],
    ['{"clinicMode": true, "idleMinutes": "5"}', 'idleMinutes'],
    ['{"clinicMode": true, "defaultLanguage": "fr"}', 'defaultLanguage'],
    ['{"clinicMode": true, "paperSize": "Legal"}', 'paperSize'],
  ])('refuses %s, naming what is wrong (%s)', (text, named) => {
    const result = parseClinicPolicy(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(named);
  });

  it('does not parse a file far larger than any policy', () => {
    const huge = `{"clinicMode": true, "x": "${'a'.repeat(POLICY_MAX_CHARS)}"}`;
    expect(parseClinicPolicy(huge)).toEqual({ ok: false, reason: expect.stringContaining('larger') });
  });

  it('accepts the example policy in the README, for IT', () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /<!-- clinic-policy-example[^>]*-->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(parseClinicPolicy(example ?? '')).toEqual({ ok: true, policy: { clinicMode: true, idleMinutes: 5, defaultLanguage: 'es', paperSize: 'Letter' } });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.jsonValue().map((v) => JSON.stringify(v) ?? '')), (text) => {
        const result = parseClinicPolicy(text);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
      }),
      options,
    );
  }, timeout);

  it('accepts exactly what follows the rules, for any JSON value and for nearly valid policies', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: fc.jsonValue(), weight: 1 }, { arbitrary: nearlyValid, weight: 4 }), (value) => {
        const result = parseClinicPolicy(JSON.stringify(value) ?? '');
        expect(result.ok).toBe(followsTheRules(JSON.parse(JSON.stringify(value) ?? 'null')));
      }),
      options,
    );
  }, timeout);

  it('gives back every valid policy as written', () => {
    fc.assert(
      fc.property(validPolicy, (policy) => {
        expect(parseClinicPolicy(JSON.stringify(policy, null, 2))).toEqual({ ok: true, policy });
      }),
      options,
    );
  }, timeout);
});

describe('decideClinicSettings', () => {
  const read = (text: string): PolicyRead => ({ status: 'read', text });

  it('without a policy file: the usual app, unless the --clinic switch asks for clinic mode', () => {
    expect(decideClinicSettings({ status: 'missing' }, false)).toEqual({ clinic: null, defaults: { language: null, paperSize: null }, printer: null, problem: null });
    expect(decideClinicSettings({ status: 'missing' }, true)).toEqual({
      clinic: { idleMinutes: DEFAULT_IDLE_MINUTES },
      defaults: { language: null, paperSize: null },
      printer: null,
      problem: null,
    });
  });

  it('with a valid policy: as it says; the switch can turn clinic mode on but never off', () => {
    const on = read('{"clinicMode": true, "idleMinutes": 10, "defaultLanguage": "es", "paperSize": "A4"}');
    expect(decideClinicSettings(on, false)).toEqual({ clinic: { idleMinutes: 10 }, defaults: { language: 'es', paperSize: 'A4' }, printer: null, problem: null });
    const off = read('{"clinicMode": false, "defaultLanguage": "es"}');
    // A file that does not itself turn clinic mode on gives nothing: not its language, not its idle time.
    expect(decideClinicSettings(off, false)).toEqual({ clinic: null, defaults: { language: null, paperSize: null }, printer: null, problem: null });
    const offWithTime = read('{"clinicMode": false, "idleMinutes": 90, "paperSize": "A4"}');
    expect(decideClinicSettings(offWithTime, true)).toEqual({ clinic: { idleMinutes: DEFAULT_IDLE_MINUTES }, defaults: { language: null, paperSize: null }, printer: null, problem: null });
    expect(decideClinicSettings(read('{"clinicMode": true}'), false).clinic).toEqual({ idleMinutes: DEFAULT_IDLE_MINUTES });
  });

  it('a policy may name the one printer clinic mode prints to; an empty or overlong name makes it invalid', () => {
    expect(decideClinicSettings(read('{"clinicMode": true, "printer": "HP LaserJet (Reception)"}'), false).printer).toBe('HP LaserJet (Reception)');
    expect(decideClinicSettings(read('{"clinicMode": false, "printer": "HP"}'), true).printer).toBeNull();
    expect(parseClinicPolicy('{"clinicMode": true, "printer": ""}')).toEqual({ ok: false, reason: expect.stringContaining('printer') });
    expect(parseClinicPolicy(JSON.stringify({ clinicMode: true, printer: 'x'.repeat(POLICY_PRINTER_MAX_CHARS + 1) }))).toEqual({ ok: false, reason: expect.stringContaining('printer') });
    expect(parseClinicPolicy('{"clinicMode": true, "printer": 3}').ok).toBe(false);
  });

  it('fails safe: a policy that exists but cannot be read, or is invalid, means clinic mode with the defaults, and says why', () => {
    expect(decideClinicSettings({ status: 'unreadable', reason: 'EACCES: permission denied' }, false)).toEqual({
      clinic: { idleMinutes: DEFAULT_IDLE_MINUTES },
      defaults: { language: null, paperSize: null },
      printer: null,
      problem: 'cannot be read (EACCES: permission denied)',
    });
    // Even a broken file that was meant to turn clinic mode off, or to set a language, sets nothing.
    const broken = decideClinicSettings(read('{"clinicMode": false, "defaultLanguage": "es", "idleMinutes": 0}'), false);
    expect(broken).toEqual({ clinic: { idleMinutes: DEFAULT_IDLE_MINUTES }, defaults: { language: null, paperSize: null }, printer: null, problem: expect.stringContaining('idleMinutes') });
  });

  it('fuzzed: clinic mode is off only when a valid policy (or no policy) says so and no switch asks for it', () => {
    const anyRead: fc.Arbitrary<PolicyRead> = fc.oneof(
      fc.constant({ status: 'missing' as const }),
      fc.string().map((reason) => ({ status: 'unreadable' as const, reason })),
      fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), nearlyValid.map((v) => JSON.stringify(v))).map((text) => ({ status: 'read' as const, text })),
    );
    fc.assert(
      fc.property(anyRead, fc.boolean(), (policyRead, clinicSwitch) => {
        const settings = decideClinicSettings(policyRead, clinicSwitch);
        const parsed = policyRead.status === 'read' ? parseClinicPolicy(policyRead.text) : null;
        const failed = policyRead.status === 'unreadable' || (parsed !== null && !parsed.ok);
        expect(settings.problem !== null).toBe(failed);
        const off = !clinicSwitch && (policyRead.status === 'missing' || (parsed?.ok === true && !parsed.policy.clinicMode));
        expect(settings.clinic === null).toBe(off);
      }),
      options,
    );
  }, timeout);
});
