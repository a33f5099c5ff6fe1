// Issue 18: each Learn page opens with a short version, keeps the facts that matter in its core
// text, and loses nothing to its "More details" disclosure.
import { describe, expect, it } from 'vitest';
import { ASPECTS, LEARN_PAGES, OPTIONS, coreStatements, moreStatements } from '../../../shared/learn/content';
import { QUESTIONS } from '../../../shared/questionnaire/model';
import { render } from './helpers';

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
// Knowledge checks answered on the options screen rather than on a Learn page.
const ON_OPTIONS_SCREEN = new Set(['knowStimulantVsPlacebo']);

describe('Learn pages in layers', () => {
  it.each(LEARN_PAGES.map((p) => [p.id, p] as const))('%s: a short version of 1 to 3 points, about 60 words', (_, page) => {
    expect(page.short.length).toBeGreaterThan(0);
    expect(page.short.length).toBeLessThanOrEqual(3);
    for (const language of ['en', 'es'] as const) {
      const total = page.short.reduce((sum, point) => sum + words(render(point.text, language)), 0);
      expect(total, language).toBeLessThanOrEqual(language === 'en' ? 60 : 70);
    }
    // A point that makes a medical claim names its sources and its certainty (only the "ask" advice has none).
    for (const point of page.short) {
      const advice = point.id.endsWith('.ask');
      expect(point.sourceIds.length > 0, point.id).toBe(!advice);
      expect(point.certainty === null, point.id).toBe(advice);
    }
  });

  it('shows every statement, either in the core or under More details, never twice; and its intro, on top or opening More details', () => {
    for (const page of LEARN_PAGES) {
      expect(page.introOnScreen || moreStatements(page).length > 0, page.id).toBe(true);
      for (const id of page.coreIds) expect(page.statements.map((s) => s.id), id).toContain(id);
      expect([...coreStatements(page), ...moreStatements(page)].map((s) => s.id).sort()).toEqual(page.statements.map((s) => s.id).sort());
    }
  });

  it('shows every knowledge-check fact without opening anything: in a short point, or in the core text', () => {
    // What a page shows unopened: its short points (each summing up statements) and its core statements.
    const shown = LEARN_PAGES.flatMap((page) => [
      ...page.short.map((point) => ({ sourceIds: point.sourceIds, statements: point.sums })),
      ...coreStatements(page).map((s) => ({ sourceIds: s.sourceIds, statements: [s.id] })),
    ]);
    const checks = QUESTIONS.filter((q) => 'knowledge' in q && q.knowledge && !ON_OPTIONS_SCREEN.has(q.id));
    expect(checks.length).toBeGreaterThan(0);
    for (const question of checks) {
      const sources = ('knowledge' in question && question.knowledge?.sourceIds) || [];
      // What teaches the fact rests on the same sources as the check's explanation.
      expect(shown.some((s) => sources.every((id) => s.sourceIds.includes(id))), question.id).toBe(true);
    }
  });

  it('says each thing once on a page: no short point sums up a statement the core also shows', () => {
    for (const page of LEARN_PAGES) {
      const core = new Set(coreStatements(page).map((s) => s.id));
      for (const point of page.short) for (const id of point.sums) expect(core.has(id), `${point.id} and ${id}`).toBe(false);
    }
  });

  it('teaches what the opioid check asks in the safety short version: blocked pain relief and withdrawal', () => {
    const point = LEARN_PAGES.find((p) => p.id === 'safety')?.short.find((s) => s.id === 'safety.opioids');
    if (!point) throw new Error('no safety.opioids point');
    expect(render(point.text, 'en')).toMatch(/pain medicines may not work.*withdrawal/);
    expect(render(point.text, 'es')).toMatch(/analgésicos opioides pueden no funcionar.*abstinencia/);
  });

  it('teaches each options-screen knowledge check on the options screen, with a figure beside its placebo rate', () => {
    // The grid shows each cell's short answer; the cell's statements wait behind its "Evidence"
    // disclosure. So the fact must be in a short answer that gives a rate and its comparison, in a
    // cell whose evidence rests on the check's sources.
    for (const id of ON_OPTIONS_SCREEN) {
      const question = QUESTIONS.find((q) => q.id === id);
      const sources = (question && 'knowledge' in question && question.knowledge?.sourceIds) || [];
      expect(sources.length, id).toBeGreaterThan(0);
      const teaching = OPTIONS.flatMap((o) => ASPECTS.map((aspect) => ({ short: o.short[aspect], evidence: o.aspects[aspect] }))).filter(
        ({ short, evidence }) =>
          short.params?.n !== undefined &&
          short.params.compare !== undefined &&
          sources.every((source) => evidence.some((s) => s.sourceIds.includes(source) && s.figure?.comparePer100 !== undefined)),
      );
      expect(teaching.length, id).toBeGreaterThan(0);
      for (const { short } of teaching) for (const language of ['en', 'es'] as const) expect(render(short.text, language, 'self', { ...short.params })).toMatch(new RegExp(`${short.params?.n}.*${short.params?.compare}`, 's'));
    }
  });
});
