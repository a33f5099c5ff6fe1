// Issue 17 §9 and §11: numbers with their context, and the smaller corrections. One block per
// correction, in the style of clinical-corrections.test.ts; each checks the words a reader sees,
// in both languages where the wording can be held.
import { describe, expect, it } from 'vitest';
import type { Perspective, TextRef } from '../../../shared/content/text';
import { RULES } from '../../../shared/engine/rules';
import { SUPPORTED_LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { coreStatements, LEARN_PAGES, moreStatements, OPTIONS, paramsOf } from '../../../shared/learn/content';
import { QUESTIONS, SECTIONS, getQuestion, isChoiceQuestion } from '../../../shared/questionnaire/model';
import { isSourceId } from '../../../shared/references/registry';
import { render, rule, say, statement } from './helpers';


describe('9 fibromyalgia and Crohn’s figures stand with their group, dose, design and time', () => {
  // What each trial was (ldn-evidence.md §3): who, how many, the dose, the design or the time.
  const CONTEXT: Record<string, Record<Language, readonly RegExp[]>> = {
    'other-conditions.fibromyalgiaSmall': {
      en: [/31 women with fibromyalgia/, /4\.5 mg a day/, /crossover/, /placebo/],
      es: [/31 mujeres con fibromialgia/, /4,5 mg al día/, /cruzado/, /placebo/],
    },
    'other-conditions.crohns': {
      en: [/40 adults with Crohn's disease/, /4\.5 mg a day/, /12 weeks/, /placebo/],
      es: [/40 adultos con enfermedad de Crohn/, /4,5 mg al día/, /12 semanas/, /placebo/],
    },
    'other-conditions.fibromyalgiaLarger': {
      en: [/99 women with fibromyalgia/, /6 mg a day/, /12 weeks/],
      es: [/99 mujeres con fibromialgia/, /6 mg al día/, /12 semanas/],
    },
    'other-conditions.fibromyalgiaBested': {
      en: [/58 people/, /4\.5 mg a day/, /crossover/, /3 weeks/],
      es: [/58 personas/, /4,5 mg al día/, /cruzado/, /3 semanas/],
    },
  };
  it.each(Object.keys(CONTEXT).flatMap((id) => SUPPORTED_LANGUAGES.map((language) => [id, language] as const)))('%s (%s)', (id, language) => {
    const t = say(statement(id), language);
    for (const pattern of CONTEXT[id]?.[language] ?? []) expect(t).toMatch(pattern);
  });
  it('the numbers are the statement’s own, not written into the text', () => {
    expect(paramsOf(statement('other-conditions.fibromyalgiaSmall'))).toMatchObject({ people: 31, dose: 4.5, n: 32, compare: 11 });
    expect(paramsOf(statement('other-conditions.crohns'))).toMatchObject({ people: 40, dose: 4.5, weeks: 12, n: 88, compare: 40 });
  });
});

const ruleText = (ref: TextRef, id: string, language: Language) => render(ref, language, 'self', { ...rule(id).params });

describe('11a the past-opioid-problem key line says its warnings come from standard doses', () => {
  // The sheet prints an ask-about flag's key line only, so the qualifier must be in it.
  it.each(SUPPORTED_LANGUAGES)('%s', (language) => {
    expect(ruleText(rule('oud-history').key, 'oud-history', language)).toMatch(language === 'en' ? /these warnings come from standard doses/i : /estas advertencias vienen de las dosis normales/i);
  });
});

describe('11b the pregnancy flag keeps the label’s "only if the benefit justifies the risk" and the animal data', () => {
  // Said once (issue 18 §5): the key line holds the label's words, on screen and on every sheet;
  // the explanation below it holds the animal data.
  it.each(SUPPORTED_LANGUAGES)('key line, and the flag as shown (%s)', (language) => {
    const r = rule('pregnancy');
    const body = ruleText(r.body, r.id, language);
    const key = ruleText(r.key, r.id, language);
    const justifies = language === 'en' ? /only if the benefit justifies the risk/gi : /solo si el beneficio justifica el riesgo/gi;
    expect(key).toMatch(justifies);
    expect(`${key} ${body}`.match(justifies)).toHaveLength(1);
    expect(body).toMatch(language === 'en' ? /animal studies.*early pregnancy loss.*rats.*5 times.*no birth defects/i : /estudios con animales.*pérdidas tempranas del embarazo.*ratas.*5 veces.*ninguna malformación/i);
    expect(r.sourceIds).toContain('label-us-naltrexone');
  });
});

describe('11d the liver flag and the Learn safety page use the same wording for the same fact', () => {
  const sentences = (t: string) => t.split(/(?<=\.)\s+/).filter(Boolean);
  it.each(SUPPORTED_LANGUAGES)('every sentence of the severe-liver flag and its key line is on the Learn page, word for word (%s)', (language) => {
    const learn = say(statement('safety.liver'), language);
    const r = rule('liver-severe');
    for (const s of [...sentences(ruleText(r.body, r.id, language)), ...sentences(ruleText(r.key, r.id, language))]) expect(learn).toContain(s);
  });
  it.each(SUPPORTED_LANGUAGES)('the liver-check flag says the high-dose warning as the Learn page does (%s)', (language) => {
    const warning = language === 'en' ? 'They still warn that high doses can harm the liver.' : 'Siguen advirtiendo que las dosis altas pueden dañar el hígado.';
    expect(say(statement('safety.liver'), language)).toContain(warning);
    expect(ruleText(rule('liver-severe').body, 'liver-severe', language)).toContain(warning);
    expect(ruleText(rule('liver-tests').body, 'liver-tests', language)).toMatch(language === 'en' ? /US labels still warn that high doses can harm the liver\./ : /Las fichas técnicas de EE\. UU\. siguen advirtiendo que las dosis altas pueden dañar el hígado\./);
  });
});

describe('11e question help that states a medical fact carries its sources', () => {
  // Help texts reviewed as making no medical claim: how to answer, privacy, a name or an example.
  const PRACTICAL_HELP: readonly string[] = ['oudHistory', 'opioidsRecent', 'thyroid', 'selfHarm', 'valueSpeed', 'valueControlled'];
  const withHelp = QUESTIONS.filter((q) => q.help);
  it('every help text has sources, or is one of the reviewed practical ones', () => {
    const unsourced = withHelp.filter((q) => (q.helpSourceIds ?? []).length === 0).map((q) => q.id);
    expect(unsourced.sort()).toEqual([...PRACTICAL_HELP].sort());
  });
  it('help sources are registered', () => {
    for (const q of withHelp) for (const id of q.helpSourceIds ?? []) expect(isSourceId(id), `${q.id} ${id}`).toBe(true);
  });
  it.each(SUPPORTED_LANGUAGES)('a practical help text names no medicine and says nothing of how one acts (%s)', (language) => {
    for (const q of withHelp.filter((q) => PRACTICAL_HELP.includes(q.id)) ) {
      for (const perspective of ['self', 'child'] as const) {
        if (!q.help) continue;
        expect(render(q.help, language, perspective), q.id).not.toMatch(/naltrex|loperam|dextrometor|codein|tramadol|morphin|morfin|receptor|opioids? (include|incluye)|acts on|actúa/i);
      }
    }
  });
  it('the opioid help names dextromethorphan and loperamide (one activation away), with a source for each', () => {
    const q = getQuestion('opioidsNow');
    expect(render(q.help ?? q.label, 'en')).toMatch(/ask a pharmacist/);
    expect(q.more && render(q.more.text, 'en')).toMatch(/Dextromethorphan.*Loperamide/s);
    expect(q.helpSourceIds).toEqual(expect.arrayContaining(['label-us-naltrexone', 'label-us-vivitrol-2013', 'mcclure-2023', 'awouters-1993']));
  });
});

describe('11c hard words are explained in plain words where they first appear on the default path, and only there', () => {
  // The prose of the default path in order: the questions before Learn, the Learn pages (short
  // version, then the statements), the options, the questions after Learn, then the flags of
  // "What your answers mean" and the sheet. Source lists are citations, not prose, and are left out.
  const BEFORE_LEARN = ['about', 'history', 'opioids', 'health'];
  const questionTexts = (sections: readonly string[]) =>
    SECTIONS.filter((s) => sections.includes(s.id)).flatMap((s) =>
      s.questionIds.map(getQuestion).flatMap((q) => [[q.label, ...(q.help ? [q.help] : []), ...(q.more ? [q.more.text] : [])], ...(isChoiceQuestion(q) ? q.options.map((o) => [o.label]) : [])]),
    );
  const path = (language: Language, perspective: Perspective): string[] => {
    const ref = (r: TextRef, params: Record<string, number> = {}) => render(r, language, perspective, params);
    return [
      // A question's label and help stand together on screen: one text.
      ...questionTexts(BEFORE_LEARN).map((refs) => refs.map((r) => ref(r)).join(' ')),
      ...LEARN_PAGES.flatMap((p) => [ref(p.title), ref(p.intro), ...p.short.map((s) => ref(s.text)), ...[...coreStatements(p), ...moreStatements(p)].map((s) => ref(s.text, paramsOf(s)))]),
      ...OPTIONS.flatMap((o) => [ref(o.name), ref(o.what), ...Object.values(o.aspects).flat().map((s) => ref(s.text, paramsOf(s)))]),
      ...questionTexts(SECTIONS.map((s) => s.id).filter((id) => !BEFORE_LEARN.includes(id))).map((refs) => refs.map((r) => ref(r)).join(' ')),
      ...RULES.flatMap((r) => [ref(r.title), ref(r.body, { ...r.params }), ref(r.key, { ...r.params })]),
    ];
  };
  const TERMS: readonly { term: Record<Language, RegExp>; explained: Record<Language, RegExp>; everywhere?: true }[] = [
    { term: { en: /naloxone/i, es: /naloxona/i }, explained: { en: /naloxone is a medicine that, like naltrexone, blocks opioids/i, es: /la naloxona es un medicamento que, como la naltrexona, bloquea los opioides/i } },
    { term: { en: /opioid receptors/i, es: /receptores opioides/i }, explained: { en: /the parts of cells that opioids act on/i, es: /las partes de las células sobre las que actúan los opioides/i } },
    // Brand names are explained wherever they stand, in the same sentence: the liver flag names them
    // on "What your answers mean" and on the sheet, where the Learn text (behind "More details") may be unread.
    { term: { en: /Vivitrol/, es: /Vivitrol/ }, explained: { en: /slow-release naltrexone injection \(Vivitrol\)/, es: /inyección de naltrexona de liberación lenta \(Vivitrol\)/ }, everywhere: true },
    { term: { en: /ReVia/, es: /ReVia/ }, explained: { en: /50 mg naltrexone tablets \(ReVia\)/, es: /comprimidos de naltrexona de 50 mg \(ReVia\)/ }, everywhere: true },
    { term: { en: /placebo-controlled/i, es: /controlados con placebo/i }, explained: { en: /some people took naltrexone and others took a dummy pill \(a placebo\)/i, es: /unas personas tomaban naltrexona y otras una pastilla sin medicamento \(un placebo\)/i } },
  ];
  it.each(SUPPORTED_LANGUAGES.flatMap((language) => (['self', 'child'] as const).flatMap((perspective) => TERMS.map((t, i) => [language, perspective, i, t] as const))))(
    '%s, %s, term %i',
    (language, perspective, _i, { term, explained, everywhere }) => {
      const texts = path(language, perspective);
      const first = texts.findIndex((t) => term[language].test(t));
      expect(first, String(term[language])).toBeGreaterThanOrEqual(0);
      expect(texts[first]).toMatch(explained[language]);
      if (everywhere) expect(texts.filter((t) => term[language].test(t) && !explained[language].test(t))).toEqual([]);
      else expect(texts.slice(first + 1).filter((t) => explained[language].test(t))).toEqual([]);
    },
  );
});
