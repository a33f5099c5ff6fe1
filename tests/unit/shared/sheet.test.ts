import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../../shared/answers/empty';
import type { AnswersDocument } from '../../../shared/answers/types';
import { CONTENT_VERSION, EVIDENCE_REVIEWED_ON } from '../../../shared/content/meta';
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
    expect(buildSheetModel(loadPersona('typical-one-page')).sections[0]?.kind).toBe('questions');
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
  it('cites only what it prints: a removed question’s sources go with it', () => {
    const kept = buildSheetModel(doc({ thyroid: 'yes' }));
    expect(kept.footer.sourceIds).toContain('mcdermott-2019');
    const removed = buildSheetModel({ ...doc({ thyroid: 'yes' }), sheet: { order: [], starred: [], removed: ['q-thyroid'] } });
    expect(removed.footer.sourceIds).not.toContain('mcdermott-2019');
  });
  it('adds the urgent-help box for low mood, once', () => {
    expect(buildSheetModel(doc({ mood: 'yes' })).urgentHelp?.title.key).toBe('about:urgentHelp.title');
    expect(buildSheetModel(doc({ mood: 'yes', selfHarm: 'yes' })).urgentHelp).toBeNull();
    expect(buildSheetModel(doc({ mood: 'no' })).urgentHelp).toBeNull();
    const raise = section(doc({ mood: 'yes', selfHarm: 'yes' }), 'raise-first');
    expect(raise.flags[0]?.id).toBe('urgent-help');
  });
  it('speaks to a parent when the guide is about a child', () => {
    const m = buildSheetModel(loadPersona('parent-of-5-year-old'));
    expect(m.perspective).toBe('child');
    expect(m.title).toEqual({ key: 'sheet:title', child: true });
  });
});
