import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../../shared/answers/empty';
import type { AnswersDocument } from '../../../shared/answers/types';
import { CONTENT_VERSION, EVIDENCE_REVIEWED_ON } from '../../../shared/content/meta';
import { evaluate } from '../../../shared/engine/evaluate';
import { SHEET_SECTION_ORDER, buildSheetModel, type SheetSection } from '../../../shared/sheet/model';
import { doc, loadPersona } from './helpers';

function section<K extends SheetSection['kind']>(d: AnswersDocument, kind: K): Extract<SheetSection, { kind: K }> {
  const s = buildSheetModel(d).sections.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} section`);
  return s as Extract<SheetSection, { kind: K }>;
}

describe('sheet model', () => {
  it('orders the sections as the brief says', () => {
    for (const name of ['every-flag', 'typical-one-page', 'never-tried-medicine']) {
      const kinds = buildSheetModel(loadPersona(name)).sections.map((s) => s.kind);
      expect(kinds).toEqual(SHEET_SECTION_ORDER.filter((k) => kinds.includes(k)));
      expect(kinds.slice(-5)).toEqual(['questions', 'medicine-history', 'what-matters', 'where-i-stand', 'notes']);
    }
  });
  it('leaves out the raise-first section when nothing needs raising first', () => {
    expect(buildSheetModel(loadPersona('typical-one-page')).sections.map((x) => x.kind)).not.toContain('raise-first');
    const first = buildSheetModel(loadPersona('tramadol-dental')).sections[0];
    expect(first?.kind === 'raise-first' && first.flags.map((f) => f.id)).toEqual(['opioids-now', 'opioid-gap']);
  });
  it('puts starred questions first, then the person’s order, then the rest in engine order', () => {
    const items = section(loadPersona('typical-one-page'), 'questions').items.map((q) => q.id);
    expect(items).toEqual(['q-with-stimulant', 'q-adjust-stimulant', 'own-appetite', 'q-goal', 'q-stop-rules', 'q-call-me', 'q-compare']);
  });
  it('prints own questions exactly as typed, and lets the person remove them', () => {
    const text = '<b>Is this OK?</b> 😀 ¿Sí? مرحبا';
    const d: AnswersDocument = { ...emptyAnswers(), ownQuestions: [{ id: 'own-x', text }, { id: 'own-y', text: 'Gone' }], sheet: { order: [], starred: [], removed: ['own-y'] } };
    const items = section(d, 'questions').items;
    expect(items.find((q) => q.id === 'own-x')).toMatchObject({ kind: 'own', text });
    expect(items.some((q) => q.id === 'own-y')).toBe(false);
  });
  it('builds the treatment history table from current and past answers', () => {
    const rows = section(loadPersona('every-flag'), 'medicine-history').rows;
    expect(rows.map((r) => [r.treatment, r.status])).toEqual([
      ['methylphenidate', 'now-and-before'],
      ['amphetamine', 'before'],
      ['nonStimulant', 'before'],
      ['behavioural', 'now'],
      ['other', 'now'],
    ]);
    const mph = rows[0];
    expect(mph?.response?.key).toBe('questions:shared.response.some');
    expect(mph?.sideEffects.map((s) => s.key)).toContain('questions:shared.sideEffects.sleep');
    expect(mph?.stopReason?.key).toBe('questions:shared.stopReason.side-effects');
    expect(rows[4]?.detail).toBe('Omega-3 fish oil and a weighted blanket — tried for 6 months');
    expect(section(loadPersona('never-tried-medicine'), 'medicine-history').rows).toEqual([]);
  });
  it('sorts what matters most by rating, leaving out unrated values', () => {
    const items = section(loadPersona('typical-one-page'), 'what-matters').items;
    expect(items.map((v) => [v.questionId, v.rating])).toEqual([
      ['valueSideEffects', 5],
      ['valueEvidence', 4],
      ['valueRoutine', 4],
      ['valueCost', 3],
      ['valueSpeed', 2],
      ['valueControlled', 1],
    ]);
    expect(section(loadPersona('not-sure-everywhere'), 'what-matters').items).toEqual([]);
  });
  it('shows where the person stands', () => {
    const s = section(loadPersona('teen-fatty-liver-insomnia'), 'where-i-stand');
    expect(s.leaning?.key).toBe('sheet:stance.notSureYet');
    expect(s.needs.map((n) => n.key)).toEqual(['questions:needs.options.prescriber-view']);
    const t = section(loadPersona('tramadol-dental'), 'where-i-stand');
    expect(t.leaning).toEqual({ key: 'questions:leaning.options.ask-ldn', child: true });
  });
  it('ends with notes space and a footer with version, review date, not-medical-advice and the sources cited', () => {
    const m = buildSheetModel(loadPersona('cirrhosis-heavy-drinking'));
    expect(m.sections.at(-1)).toMatchObject({ kind: 'notes' });
    expect(m.footer).toMatchObject({ contentVersion: CONTENT_VERSION, evidenceReviewedOn: EVIDENCE_REVIEWED_ON });
    expect(m.footer.notMedicalAdvice.key).toBe('about:notMedicalAdvice');
    expect(m.footer.sourceIds).toEqual(expect.arrayContaining(['fachinfo-ch-naltrexone', 'smpc-uk-adepend', 'jcp-2018-naltrexone-stimulant']));
    expect(m.footer.citations).toHaveLength(m.footer.sourceIds.length);
  });
  it('cites what it prints: a removed question’s sources go with it, unless its flag still prints them', () => {
    const kept = buildSheetModel(doc({ thyroid: 'yes' }));
    expect(kept.footer.sourceIds).toContain('mcdermott-2019');
    // The question goes, but the thyroid flag's key line stays on the sheet, with its sources.
    const removed = buildSheetModel({ ...doc({ thyroid: 'yes' }), sheet: { order: [], starred: [], removed: ['q-thyroid'] } });
    expect(removed.footer.sourceIds).toContain('mcdermott-2019');
    const also = section({ ...doc({ thyroid: 'yes' }), sheet: { order: [], starred: [], removed: ['q-thyroid'] } }, 'also-discuss');
    expect(also.flags.map((f) => f.id)).toContain('thyroid');
  });
  it('adds urgent help, with the numbers for the person\'s region, for self-harm or low mood', () => {
    expect(buildSheetModel(doc({ mood: 'yes' })).urgentHelp?.title.key).toBe('crisis:title');
    const urgent = buildSheetModel(doc({ mood: 'yes', selfHarm: 'yes' }), { country: 'GB' });
    expect(urgent.urgentHelp?.list?.lines.map((l) => l.number)).toEqual(['999', '111', '116 123']);
    expect(urgent.urgentHelp?.place.key).toBe('crisis:places.a-and-e');
    expect(buildSheetModel(doc({ selfHarm: 'not-sure' }), { country: 'MX' }).urgentHelp?.list?.region).toBe('MX');
    // Region unknown: the box still says what to do, without a list.
    expect(buildSheetModel(doc({ selfHarm: 'yes' })).urgentHelp?.list).toBeNull();
    expect(buildSheetModel(doc({ mood: 'no' })).urgentHelp).toBeNull();
    // The urgent flag heads the urgent-help box, and is not printed again below it.
    expect(urgent.urgentHelp?.flag?.id).toBe('urgent-help');
    expect(section(doc({ mood: 'yes', selfHarm: 'yes', opioidsNow: ['none'], opioidsRecent: 'no' }), 'raise-first').flags.map((f) => f.id)).toEqual(['low-mood']);
    expect(buildSheetModel(doc({ mood: 'yes' })).urgentHelp?.flag).toBeNull();
  });
  it('keeps every ask-about flag\'s key line, whatever questions the person removes', () => {
    const d = doc({ thyroid: 'yes', kidney: 'not-severe', opioidsNow: ['diarrhoea'] });
    const everything = evaluate(d).questions.map((q) => q.id);
    const also = section({ ...d, sheet: { order: [], starred: [], removed: everything } }, 'also-discuss');
    expect(also.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['antidiarrhoeal', 'kidney', 'thyroid']));
    for (const f of also.flags) expect(f.key.key).toBe(`engine:rules.${f.id}.key`);
  });
  it('never prints a "not sure" as a fact', () => {
    // Mood: "not sure" asks to talk about it; it never says "I have been feeling very low".
    const ids = section(doc({ mood: 'not-sure' }), 'questions').items.map((q) => q.id);
    expect(ids).toContain('q-mood-unsure');
    expect(ids).not.toContain('q-mood');
    // Treatment history: "no treatment yet" only when both answers say none.
    const history = (answers: Parameters<typeof doc>[0]) => section(doc(answers), 'medicine-history').empty.key;
    expect(history({ currentTreatment: ['none'], pastTreatment: ['none'] })).toBe('sheet:history.empty');
    expect(history({})).toBe('sheet:history.emptyNotAnswered');
    expect(history({ currentTreatment: ['none'] })).toBe('sheet:history.emptyNotAnswered');
    expect(history({ currentTreatment: ['not-sure'], pastTreatment: ['none'] })).toBe('sheet:history.emptyNotSure');
  });
  it('states the decision for the reader: "should I" for oneself, "should my child" for a parent', () => {
    expect(buildSheetModel(doc({})).decision).toEqual({ key: 'sheet:decision', child: true });
  });
  it('speaks to a parent when the guide is about a child', () => {
    const m = buildSheetModel(loadPersona('parent-of-5-year-old'));
    expect(m.perspective).toBe('child');
    expect(m.title).toEqual({ key: 'sheet:title', child: true });
  });
});
