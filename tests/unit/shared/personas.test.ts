import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine/evaluate';
import { RULES } from '../../../shared/engine/rules';
import { buildSheetModel } from '../../../shared/sheet/model';
import { PERSONA_EXPECTATIONS } from '../../fixtures/personas/expectations';
import { loadPersona, personaNames } from './helpers';

describe('persona fixtures', () => {
  it('has an expectation for every persona file and a file for every expectation', () => {
    expect(personaNames()).toEqual(Object.keys(PERSONA_EXPECTATIONS).sort());
  });
  it('covers the personas the issue asks for', () => {
    expect(personaNames()).toEqual(
      expect.arrayContaining([
        'tramadol-dental',
        'buprenorphine',
        'teen-fatty-liver-insomnia',
        'never-tried-medicine',
        'child-never-tried',
        'parent-of-5-year-old',
        'cirrhosis-heavy-drinking',
        'not-sure-everywhere',
        'every-flag',
        'typical-one-page',
      ]),
    );
  });
  it('the personas together fire every rule (so the sheet PDF tests print every key line)', () => {
    const fired = new Set(personaNames().flatMap((name) => evaluate(loadPersona(name)).flags.map((f) => f.id)));
    expect(RULES.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });
  it('the every-flag persona fires every rule except the ones that exclude one another', () => {
    const fired = new Set(evaluate(loadPersona('every-flag')).flags.map((f) => f.id));
    const missing = RULES.map((r) => r.id).filter((id) => !fired.has(id));
    // opioid-private needs the opioid answers kept private, which would hide every other opioid rule.
    // no-stimulant-tried (children) and no-stimulant-tried-adult exclude one another, and a stimulant tried excludes both.
    const excluded = ['kidney', 'allergy-unsure', 'preschool', 'no-stimulant-tried', 'no-stimulant-tried-adult', 'one-family-little-help', 'mood-unsure', 'unanswered-safety', 'opioid-private'];
    expect(missing.sort()).toEqual([...excluded].sort());
    expect([...fired].filter((id) => RULES.find((r) => r.id === id)?.severity === 'raise-first')).toHaveLength(
      RULES.filter((r) => r.severity === 'raise-first' && !excluded.includes(r.id)).length,
    );
  });
});

describe.each(Object.entries(PERSONA_EXPECTATIONS))('persona %s', (name, expected) => {
  const answers = loadPersona(name);
  const evaluation = evaluate(answers);
  const sheet = buildSheetModel(answers);
  const sheetQuestions = sheet.sections.flatMap((s) => (s.kind === 'questions' ? s.items : []));

  it(`gives exactly the expected flags in order (${expected.description})`, () => {
    expect(evaluation.flags.map((f) => f.id)).toEqual(expected.flags);
  });
  it('puts the expected questions on the sheet', () => {
    const ids = sheetQuestions.map((q) => q.id);
    for (const q of expected.questions) expect(ids).toContain(q);
  });
  it('keeps removed questions off the sheet, unless a raise-first flag needs them', () => {
    const ids = sheetQuestions.map((q) => q.id);
    for (const q of expected.removedFromSheet ?? []) expect(ids).not.toContain(q);
    for (const q of evaluation.questions.filter((x) => !x.removable)) expect(ids).toContain(q.id);
  });
});
