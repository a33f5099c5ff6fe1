// Properties of the engine and the sheet over generated answers documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, AnswersDocument } from '../../../shared/answers/types';
import { evaluate } from '../../../shared/engine/evaluate';
import { RULES } from '../../../shared/engine/rules';
import { isSourceId } from '../../../shared/references/registry';
import type { QuestionId } from '../../../shared/questionnaire/ids';
import { getQuestion } from '../../../shared/questionnaire/model';
import { isVisible } from '../../../shared/questionnaire/visibility';
import { buildSheetModel } from '../../../shared/sheet/model';
import { documentArb } from './arbitraries';

const RUNS = { numRuns: 300 };

function set(d: AnswersDocument, id: QuestionId, value: AnswerValue): AnswersDocument {
  return { ...d, answers: { ...d.answers, [id]: value } };
}

describe('engine properties', () => {
  it('never throws, for the engine or the sheet', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        evaluate(d);
        buildSheetModel(d);
      }),
      RUNS,
    );
  });

  it('cites only registered sources, and every flag that states a fact cites one', () => {
    const listRules = new Set(RULES.filter((r) => r.lists).map((r) => r.id));
    fc.assert(
      fc.property(documentArb, (d) => {
        const e = evaluate(d);
        for (const f of e.flags) {
          for (const id of f.sourceIds) expect(isSourceId(id)).toBe(true);
          if (!listRules.has(f.id)) expect(f.sourceIds.length).toBeGreaterThan(0);
        }
        for (const q of e.questions) for (const id of q.sourceIds) expect(isSourceId(id)).toBe(true);
        for (const id of buildSheetModel(d).footer.sourceIds) expect(isSourceId(id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('puts urgent flags first and raise-first flags before the rest, and their questions too', () => {
    const rank = (f: { urgent: boolean; severity: string }) => (f.urgent ? 0 : f.severity === 'raise-first' ? 1 : 2);
    const qRank = (origin: string) => (origin === 'raise-first' ? 0 : origin === 'ask-about' ? 1 : 2);
    fc.assert(
      fc.property(documentArb, (d) => {
        const e = evaluate(d);
        const ranks = e.flags.map(rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        const qRanks = e.questions.map((q) => qRank(q.origin));
        expect(qRanks).toEqual([...qRanks].sort((a, b) => a - b));
        const sheet = buildSheetModel(d);
        const first = sheet.sections[0];
        // The urgent flag is printed in the urgent-help box, above every section.
        expect(sheet.urgentHelp?.flag?.id ?? null).toBe(e.flags.find((f) => f.urgent)?.id ?? null);
        if (e.flags.some((f) => f.severity === 'raise-first' && !f.urgent)) expect(first?.kind).toBe('raise-first');
        else if (e.flags.some((f) => f.severity === 'ask-about')) expect(first?.kind).toBe('also-discuss');
        else expect(first?.kind).toBe('questions');
      }),
      RUNS,
    );
  });

  it('turns "not sure" on any opioid question into a raise-first flag and a question', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom<'opioidsNow' | 'opioidsRecent' | 'opioidsRecentKind'>('opioidsNow', 'opioidsRecent', 'opioidsRecentKind'), (d, q) => {
        let doc = q === 'opioidsRecentKind' ? set(d, 'opioidsRecent', 'yes') : d;
        doc = set(doc, q, q === 'opioidsRecent' ? 'not-sure' : ['not-sure']);
        const e = evaluate(doc);
        expect(e.flags.find((f) => f.id === 'opioid-unsure')?.severity).toBe('raise-first');
        expect(e.questions.map((x) => x.id)).toContain('q-check-medicines');
        const sheetIds = buildSheetModel(doc).sections.flatMap((s) => (s.kind === 'questions' ? s.items.map((i) => i.id) : []));
        expect(sheetIds).toContain('q-check-medicines');
      }),
      RUNS,
    );
  });

  it('turns "not sure" on the liver or alcohol question into a liver-test question', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom<'liver' | 'alcohol'>('liver', 'alcohol'), (d, q) => {
        const doc = set(d, q, q === 'liver' ? ['not-sure'] : 'not-sure');
        // Alcohol is not asked about a young child: a hidden answer counts for nothing.
        fc.pre(isVisible(getQuestion(q), doc));
        const e = evaluate(doc);
        expect(e.flags.map((f) => f.id)).toContain('liver-tests');
        expect(e.questions.map((x) => x.id)).toContain('q-liver-tests');
      }),
      RUNS,
    );
  });

  it('gives the same output for the same input (and for a JSON round trip of it)', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const copy = JSON.parse(JSON.stringify(d)) as AnswersDocument;
        expect(evaluate(copy)).toEqual(evaluate(d));
        expect(buildSheetModel(copy)).toEqual(buildSheetModel(d));
      }),
      RUNS,
    );
  });

  it('does not depend on the order of keys in the answers', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const reversed = { ...d, answers: Object.fromEntries(Object.entries(d.answers).reverse()) };
        expect(evaluate(reversed)).toEqual(evaluate(d));
      }),
      RUNS,
    );
  });

  it('never drops a question behind a raise-first flag from the sheet, whatever the person removes', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const e = evaluate(d);
        const removedAll = { ...d, sheet: { ...d.sheet, removed: e.questions.map((q) => q.id) } };
        const ids = buildSheetModel(removedAll).sections.flatMap((s) => (s.kind === 'questions' ? s.items.map((i) => i.id) : []));
        for (const q of e.questions) expect(ids.includes(q.id)).toBe(!q.removable);
      }),
      RUNS,
    );
  });

  it('reads a stimulant\'s "some" help one way: never both "did not help much" and "helped, but had side effects"', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const ids = evaluate(d).flags.map((f) => f.id);
        expect(ids.includes('one-family-little-help') && ids.includes('stimulant-side-effects')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
