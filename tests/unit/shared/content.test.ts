// Content checks: every text the models point to exists in English and Spanish (with the parent
// wording where promised), the languages match, English reads at grade 8 or below, every cited
// source exists and every registered one is cited, numbers carry their group and time, and the
// seed article's unsupported side-effect figures never appear.
import { describe, expect, it } from 'vitest';
import { SECONDARY_ONLY_LEVELS } from '../../../shared/content/certainty';
import { META_TEXT, READING_LEVELS, metaParams } from '../../../shared/content/meta';
import { CRISIS_LISTS, CRISIS_TEXT, emergencyPlace } from '../../../shared/crisis';
import { CRISIS_REGIONS } from '../../../shared/crisis/types';
import { CONTENT_NAMESPACES, type TextRef } from '../../../shared/content/text';
import { PRESCRIBER_QUESTIONS, RULES, SEVERITY_LABELS, SHARED_WARNINGS } from '../../../shared/engine/rules';
import { SUPPORTED_LANGUAGES } from '../../../shared/i18n/languages';
import { compareLocales, flattenLocale, placeholdersOf, type LocaleTree } from '../../../shared/i18n/locale-parity';
import { NAMESPACES, resources } from '../../../shared/i18n/resources';
import {
  ASPECTS,
  ASPECT_LABELS,
  CERTAINTY_LABELS,
  FIGURE_TEXT,
  LAYER_TEXT,
  LEARN_PAGES,
  OPTIONS,
  RESULT_LABELS,
  allStatements,
  paramsOf,
  type Statement,
} from '../../../shared/learn/content';
import { KNOWLEDGE_FEEDBACK, OWN_QUESTIONS_FIELD, QUESTIONS, SECTIONS, isChoiceQuestion } from '../../../shared/questionnaire/model';
import { fleschKincaidGrade, isProse } from '../../../shared/readability/flesch-kincaid';
import { inflesz, infleszBand } from '../../../shared/readability/inflesz';
import { SOURCES, SOURCE_TAG_LABELS, getSource, isSourceId } from '../../../shared/references/registry';
import { buildSheetModel, SHEET_CERTAINTY_LABELS, SHEET_FROM_ANSWERS } from '../../../shared/sheet/model';
import { bundle, collectTextRefs, loadPersona, personaNames, render } from './helpers';

// ---------------------------------------------------------------------------------------------
// Every text reference the models hold

const MODELS: Record<string, unknown> = {
  questionnaire: [SECTIONS, QUESTIONS, OWN_QUESTIONS_FIELD, KNOWLEDGE_FEEDBACK],
  learn: [LEARN_PAGES, OPTIONS, ASPECT_LABELS, CERTAINTY_LABELS, FIGURE_TEXT, LAYER_TEXT, RESULT_LABELS],
  engine: [RULES, PRESCRIBER_QUESTIONS, SEVERITY_LABELS, SHARED_WARNINGS],
  references: [SOURCES, SOURCE_TAG_LABELS],
  about: [META_TEXT],
  crisis: [CRISIS_TEXT, CRISIS_LISTS, CRISIS_REGIONS.map(emergencyPlace)],
  // Built long after the review is due, so the footer also holds its 'last checked' note.
  sheet: [...personaNames().map((name) => buildSheetModel(loadPersona(name), { country: null, today: new Date(2100, 0, 1) })), SHEET_CERTAINTY_LABELS, SHEET_FROM_ANSWERS],
};

const ALL_REFS: TextRef[] = collectTextRefs(Object.values(MODELS));
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flat(language: 'en' | 'es', namespace: string): Map<string, string> {
  return flattenLocale((resources[language] as Record<string, LocaleTree>)[namespace] ?? {});
}

function hasKey(language: 'en' | 'es', key: string): boolean {
  const [ns = '', path = ''] = key.split(':');
  const keys = flat(language, ns);
  return keys.has(path) || [...keys.keys()].some((k) => PLURAL.test(k) && k.replace(PLURAL, '') === path);
}

describe('text keys', () => {
  it('finds text references in every model', () => {
    expect(ALL_REFS.length).toBeGreaterThan(500);
  });

  it.each(SUPPORTED_LANGUAGES)('every key the models use exists in %s, with its parent form where promised', (language) => {
    const missing: string[] = [];
    for (const ref of ALL_REFS) {
      if (!hasKey(language, ref.key)) missing.push(ref.key);
      if (ref.child && !hasKey(language, `${ref.key}_child`)) missing.push(`${ref.key}_child`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('has no unused text in the content namespaces (a typo would hide there)', () => {
    const used = new Set(ALL_REFS.flatMap((r) => (r.child ? [r.key, `${r.key}_child`] : [r.key])));
    const unused: string[] = [];
    for (const ns of CONTENT_NAMESPACES) {
      for (const key of flat('en', ns).keys()) {
        const base = `${ns}:${key.replace(PLURAL, '')}`;
        if (!used.has(base)) unused.push(base);
      }
    }
    expect(unused).toEqual([]);
  });

  it('registers every content namespace with the app', () => {
    for (const ns of CONTENT_NAMESPACES) expect(NAMESPACES).toContain(ns);
  });
});

describe('English and Spanish match', () => {
  it.each(NAMESPACES)('keys, placeholders and plural forms of %s', (ns) => {
    const en = (resources.en as Record<string, LocaleTree>)[ns] ?? {};
    const es = (resources.es as Record<string, LocaleTree>)[ns] ?? {};
    expect(compareLocales(en, es, 'es')).toEqual([]);
  });

  it.each(CONTENT_NAMESPACES)('the numbers written in %s are the same in both languages', (ns) => {
    const numbers = (text: string, language: 'en' | 'es') => {
      const t = text.replace(/\{\{[^}]*\}\}/g, ' ');
      const normal = language === 'en' ? t.replace(/(\d),(\d{3})/g, '$1$2') : t.replace(/(\d)\.(\d{3})/g, '$1$2').replace(/(\d),(\d)/g, '$1.$2');
      return (normal.match(/\d+(?:\.\d+)?/g) ?? []).sort();
    };
    const en = flat('en', ns);
    const es = flat('es', ns);
    const different: string[] = [];
    for (const [key, text] of en) {
      const other = es.get(key) ?? es.get(key.replace(/_one$/, '_other'));
      if (other !== undefined && numbers(text, 'en').join() !== numbers(other, 'es').join()) different.push(`${ns}:${key}`);
    }
    expect(different).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Reading level

describe('reading level', () => {
  it('English learner-facing text is at or below US grade 8, per section and overall', () => {
    const rows: { section: string; strings: number; words: number; grade: number }[] = [];
    const allProse: string[] = [];
    for (const ns of NAMESPACES) {
      const groups = new Map<string, string[]>();
      for (const [key, text] of flat('en', ns)) {
        // Published titles are the authors' words, not ours to simplify.
        if (!isProse(text) || (ns === 'references' && /\.(title|cite)$/.test(key))) continue;
        allProse.push(text);
        // Learn pages and the options are reported one by one; other namespaces as a whole.
        const top = key.split('.')[0] ?? '';
        const section = ns === 'learn' ? `learn:${top === 'options' ? `options.${key.split('.')[1]}` : top}` : ns;
        groups.set(section, [...(groups.get(section) ?? []), text]);
      }
      for (const [section, texts] of groups) {
        rows.push({
          section,
          strings: texts.length,
          words: texts.join(' ').split(/\s+/).length,
          grade: Math.round((fleschKincaidGrade(texts) ?? 0) * 10) / 10,
        });
      }
    }
    const overall = fleschKincaidGrade(allProse) ?? 0;
    rows.push({ section: 'ALL', strings: allProse.length, words: allProse.join(' ').split(/\s+/).length, grade: Math.round(overall * 10) / 10 });
    console.table(rows);
    for (const row of rows) expect(row.grade, row.section).toBeLessThanOrEqual(8);
  });

  it('the About page reports the measured levels: English grade (Flesch-Kincaid), Spanish INFLESZ', () => {
    const prose = (language: 'en' | 'es') =>
      NAMESPACES.flatMap((ns) => [...flat(language, ns)].filter(([key, text]) => isProse(text) && !(ns === 'references' && /\.(title|cite)$/.test(key))).map(([, text]) => text));
    const grade = fleschKincaidGrade(prose('en')) ?? 99;
    const score = inflesz(prose('es')) ?? 0;
    console.log(`English grade ${grade.toFixed(2)}, Spanish INFLESZ ${score.toFixed(1)}`);
    expect(READING_LEVELS.englishGrade).toBeCloseTo(grade, 0);
    expect(Math.abs(READING_LEVELS.spanishInflesz - score)).toBeLessThan(1.5);
    expect(infleszBand(score)).toMatch(/normal|fairly-easy|very-easy/);
    expect(render(META_TEXT.readingSpanish, 'es', 'self', metaParams())).toContain(String(READING_LEVELS.spanishInflesz));
  });
});

// ---------------------------------------------------------------------------------------------
// Sources

describe('sources', () => {
  const cited = new Map<string, string[]>();
  const cite = (where: string, ids: readonly string[]) => ids.forEach((id) => cited.set(id, [...(cited.get(id) ?? []), where]));
  for (const s of allStatements()) cite(`learn ${s.id}`, s.sourceIds);
  for (const r of RULES) cite(`rule ${r.id}`, r.sourceIds);
  for (const [id, q] of Object.entries(PRESCRIBER_QUESTIONS)) cite(`question ${id}`, q.sourceIds);
  for (const q of QUESTIONS) if (isChoiceQuestion(q) && q.knowledge) cite(`knowledge ${q.id}`, q.knowledge.sourceIds);
  for (const q of QUESTIONS) cite(`help ${q.id}`, q.helpSourceIds ?? []);

  it('every cited id is registered', () => {
    expect([...cited.keys()].filter((id) => !isSourceId(id))).toEqual([]);
  });
  it('every registered source is cited somewhere', () => {
    expect(SOURCES.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });
  it('has unique ids and a way to find each source', () => {
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
    for (const s of SOURCES) {
      expect(s.publishedIn.length, s.id).toBeGreaterThan(0);
      for (const language of SUPPORTED_LANGUAGES) {
        expect(render(s.title, language).length, `${language} ${s.id}`).toBeGreaterThan(0);
        expect(render(s.cite, language).length, `${language} ${s.id}`).toBeGreaterThan(0);
      }
      if ('doi' in s && s.doi) expect(s.doi, s.id).toMatch(/^10\.\d{4,}\//);
      if ('url' in s && s.url) expect(s.url, s.id).toMatch(/^https:\/\//);
    }
  });
  it('never lets secondary sources alone carry a statement above "some evidence"', () => {
    for (const s of allStatements()) {
      if (s.sourceIds.length === 0 || s.certainty === null) continue;
      const allSecondary = s.sourceIds.every((id) => getSource(id).tag === 'seen-secondary');
      if (allSecondary) expect(SECONDARY_ONLY_LEVELS, s.id).toContain(s.certainty);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Statements and numbers

const en = (s: Statement) => render(s.text, 'en', 'self', paramsOf(s));

describe('learn statements', () => {
  it('have a certainty and sources when they make a medical claim, and neither when they are only practical', () => {
    for (const s of allStatements()) {
      if (s.certainty === null) expect(s.sourceIds, s.id).toEqual([]);
      else expect(s.sourceIds.length, s.id).toBeGreaterThan(0);
    }
  });
  it('have ids that are unique', () => {
    const ids = allStatements().map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('fill every placeholder from their numbers, and use every number they hold', () => {
    for (const s of allStatements()) {
      for (const language of SUPPORTED_LANGUAGES) {
        const text = render(s.text, language);
        expect(placeholdersOf(text).sort(), `${language} ${s.id}`).toEqual(Object.keys(paramsOf(s)).sort());
      }
    }
    // A rule's body and key line use its numbers, plus {{place}}: where the region sends people in
    // an emergency (emergency room, A&E, urgencias), filled in from the person's region.
    for (const r of RULES) {
      for (const language of SUPPORTED_LANGUAGES) {
        const used = new Set([r.body, r.key].flatMap((ref) => placeholdersOf(render(ref, language))));
        used.delete('place');
        expect([...used].sort(), `${language} ${r.id}`).toEqual(Object.keys(r.params ?? {}).sort());
      }
    }
  });
  it('give every number out of 100 with its group, time period and, where there was one, what it was compared with', () => {
    const figures = allStatements().filter((s) => s.figure);
    expect(figures.length).toBeGreaterThanOrEqual(8);
    for (const s of figures) {
      const f = s.figure;
      if (!f) continue;
      expect(f.population.key, s.id).toMatch(/^learn:groups\./);
      expect(f.period.key, s.id).toMatch(/^learn:periods\./);
      const values = typeof f.per100 === 'number' ? [f.per100] : [f.per100.low, f.per100.high];
      for (const v of [...values, ...(f.comparePer100 === undefined ? [] : [f.comparePer100])]) {
        expect(v, s.id).toBeGreaterThanOrEqual(0);
        expect(v, s.id).toBeLessThanOrEqual(100);
      }
      if (f.comparePer100 !== undefined) expect(f.comparison, s.id).toBeDefined();
      expect(en(s), s.id).toMatch(/ in 100/);
    }
  });
  it('show the standard-dose label figures only with their group (alcohol dependence) and dose (50 mg)', () => {
    const label = allStatements().filter((s) => s.figure && (s.figure.outcome === 'nausea' || s.figure.outcome === 'headache'));
    expect(label.map((s) => [s.figure?.outcome, s.figure?.per100])).toEqual([
      ['nausea', 10],
      ['headache', 7],
    ]);
    for (const s of label) {
      expect(s.figure?.population.key).toBe('learn:groups.alcoholAdults570');
      expect(s.figure?.dose?.key).toBe('learn:doses.standard50');
      expect(s.sourceIds).toContain('croop-1997');
      expect(en(s)).toMatch(/standard dose/);
    }
    expect(render({ key: 'learn:doses.standard50' }, 'en')).toMatch(/not a low dose/);
  });
  it('give no numbers for LDN in ADHD: "no studies" statements never carry a figure', () => {
    for (const s of allStatements()) if (s.certainty === 'no-studies-in-adhd') expect(s.figure, s.id).toBeUndefined();
    const adhd = LEARN_PAGES.find((p) => p.id === 'adhd-evidence');
    expect(adhd?.noNumbers).toBeDefined();
    expect(adhd?.statements.some((s) => s.figure)).toBe(false);
    const ldn = OPTIONS.find((o) => o.id === 'ldn');
    expect(ldn?.overall).toBe('no-studies-in-adhd');
    expect(Object.values(ldn?.aspects ?? {}).flat().some((s) => s.figure)).toBe(false);
  });
  it('describe every option in the same five aspects (equal detail)', () => {
    expect(OPTIONS.map((o) => o.id)).toEqual(['ldn', 'stimulants', 'non-stimulants', 'behavioural', 'no-change']);
    for (const o of OPTIONS) {
      expect(Object.keys(o.aspects), o.id).toEqual([...ASPECTS]);
      for (const a of ASPECTS) {
        expect(o.aspects[a].length, `${o.id} ${a}`).toBeGreaterThanOrEqual(1);
        expect(o.aspects[a].length, `${o.id} ${a}`).toBeLessThanOrEqual(4);
      }
      if (o.id !== 'no-change') {
        for (const a of ['benefits', 'harms', 'certainty'] as const) {
          expect(o.aspects[a].some((s) => s.certainty !== null), `${o.id} ${a} has a sourced statement`).toBe(true);
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The seed article's table: headache 8 %, insomnia 6 %, anxiety 5 %, abdominal cramps 4 %

const SEED: readonly [RegExp, RegExp][] = [
  [/headache|dolor de cabeza/i, /\b8\s?%|\b8 (in|out of|de cada) 100/i],
  [/insomnia|insomnio|trouble sleeping|problemas para dormir/i, /\b6\s?%|\b6 (in|out of|de cada) 100/i],
  [/anxiety|ansiedad/i, /\b5\s?%|\b5 (in|out of|de cada) 100/i],
  [/cramp|calambre|c[oó]lico/i, /\b4\s?%|\b4 (in|out of|de cada) 100/i],
];

function repeatsSeed(text: string): boolean {
  return SEED.some(([topic, figure]) => topic.test(text) && figure.test(text));
}

describe("the seed article's unsupported figures", () => {
  it('the check itself catches them', () => {
    expect(repeatsSeed('About 8 in 100 had a headache.')).toBe(true);
    expect(repeatsSeed('Insomnia: 6%')).toBe(true);
    expect(repeatsSeed('Unos 5 de cada 100 tuvieron ansiedad.')).toBe(true);
    expect(repeatsSeed('About 7 in 100 had a new headache.')).toBe(false);
  });
  it('appear in no locale string, in any language', () => {
    const found: string[] = [];
    for (const language of SUPPORTED_LANGUAGES) {
      for (const ns of NAMESPACES) for (const [key, text] of flat(language, ns)) if (repeatsSeed(text)) found.push(`${language} ${ns}:${key}`);
    }
    expect(found).toEqual([]);
  });
  it('appear in no rendered statement or flag (numbers filled in)', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const s of allStatements()) expect(repeatsSeed(render(s.text, language, 'self', paramsOf(s))), s.id).toBe(false);
      for (const r of RULES) {
        for (const p of ['self', 'child'] as const) expect(repeatsSeed(render(r.body, language, p, r.params ?? {})), r.id).toBe(false);
      }
      for (const ref of collectTextRefs(MODELS['about'])) expect(repeatsSeed(render(ref, language, 'self', metaParams()))).toBe(false);
    }
  });
  it('are held by no figure in the Learn model', () => {
    const banned: Record<string, number> = { headache: 8, 'sleep-trouble': 6 };
    for (const s of allStatements()) {
      const f = s.figure;
      if (!f) continue;
      const values = typeof f.per100 === 'number' ? [f.per100] : [f.per100.low, f.per100.high];
      if (banned[f.outcome] !== undefined) expect(values, s.id).not.toContain(banned[f.outcome]);
      // anxiety and cramps have no figures at all
      expect(['anxiety', 'cramps']).not.toContain(f.outcome);
    }
  });
});

describe('locale bundles', () => {
  it('resolve through the test helper for both perspectives', () => {
    const ref = PRESCRIBER_QUESTIONS['q-opioid-change'].text;
    expect(render(ref, 'en', 'self')).toMatch(/for me/);
    expect(render(ref, 'en', 'child')).toMatch(/my child/);
    expect(render(ref, 'es', 'child')).toMatch(/mi hijo o hija/);
    expect(bundle('es')).toBeDefined();
  });
});
