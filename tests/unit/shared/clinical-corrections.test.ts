// Issue 17: clinical corrections after a pharmacist's read of content 2.0.0. One block per
// correction; each checks the rendered words (both languages where the wording can be held), the
// rule's firing, or the sheet model.
import { describe, expect, it } from 'vitest';
import { SECONDARY_ONLY_LEVELS } from '../../../shared/content/certainty';
import { evaluate } from '../../../shared/engine/evaluate';
import { RULES } from '../../../shared/engine/rules';
import { SUPPORTED_LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { allStatements, OPTIONS } from '../../../shared/learn/content';
import { getQuestion, isChoiceQuestion, QUESTIONS } from '../../../shared/questionnaire/model';
import { flattenLocale } from '../../../shared/i18n/locale-parity';
import { getSource } from '../../../shared/references/registry';
import { buildSheetModel } from '../../../shared/sheet/model';
import { lookup } from '../../../shared/i18n/lookup';
import { bundle, doc, loadPersona, render, rule, say, statement } from './helpers';

const flagIds = (answers: Parameters<typeof doc>[0]) => evaluate(doc(answers)).flags.map((f) => f.id);

describe('1 emergency pain relief, on screen and on the sheet', () => {
  const SOURCES_NEEDED = ['label-us-naltrexone', 'smpc-uk-adepend', 'chiang-jucm'];
  it.each(SUPPORTED_LANGUAGES)('the Learn safety page says what happens in an emergency (%s)', (language) => {
    const s = statement('safety.emergencyPain');
    const t = say(s, language);
    expect(t).toMatch(language === 'en' ? /opioid pain relief may not work.*non-opioid.*first.*higher doses.*breathing/i : /analgésicos opioides pueden no funcionar bien.*no opioides.*primero.*dosis más altas.*respiración/i);
    expect(s.sourceIds).toEqual(expect.arrayContaining(SOURCES_NEEDED));
  });
  it.each(SUPPORTED_LANGUAGES)('every sheet prints the same answer, with its sources cited (%s)', (language) => {
    for (const name of ['typical-one-page', 'tramadol-dental']) {
      const sheet = buildSheetModel(loadPersona(name));
      expect(sheet.emergencyPain, name).toBeDefined();
      const t = render(sheet.emergencyPain.text, language, 'self');
      expect(t).toMatch(language === 'en' ? /may not work.*non-opioid.*breathing/i : /pueden no funcionar bien.*no opioides.*respiración/i);
      expect(sheet.footer.sourceIds).toEqual(expect.arrayContaining(SOURCES_NEEDED));
    }
  });
});

describe('2 urgent help always gives a way to get help now', () => {
  const selfHarm = doc({ selfHarm: 'yes' });
  it.each(SUPPORTED_LANGUAGES)('with no region: "your local emergency number" and the emergency department, no "numbers below" (%s)', (language) => {
    const help = buildSheetModel(selfHarm, { country: null }).urgentHelp;
    if (!help) throw new Error('no urgent help');
    const printed = [help.flag ? render(help.flag.key, language) : '', render(help.getHelpNow, language, 'self', { place: render(help.place, language) })].join(' ');
    expect(printed).toMatch(language === 'en' ? /your local emergency number.*hospital emergency department/ : /número de emergencias de su zona.*urgencias/);
    expect(printed).not.toMatch(/numbers below|números de abajo/);
  });
  it('with a region, the numbers are introduced and listed', () => {
    const help = buildSheetModel(selfHarm, { country: 'US' }).urgentHelp;
    if (!help) throw new Error('no urgent help');
    expect(help.list?.lines.map((l) => l.number)).toContain('988');
    expect(render(help.getHelpNow, 'en', 'self', { place: 'x' })).toMatch(/numbers below/);
  });
});

describe('3 loperamide is not a reason for the opioid-gap warning', () => {
  it('the last-2-weeks question tells loperamide apart', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      expect(render(getQuestion('opioidsRecent').label, language)).toMatch(language === 'en' ? /loperamide/ : /loperamida/);
    }
  });
  it('loperamide now and "yes" to the last 2 weeks: the loperamide flag only', () => {
    expect(flagIds({ opioidsNow: ['diarrhoea'], opioidsRecent: 'yes', opioidsRecentKind: ['diarrhoea'] })).not.toContain('opioid-gap');
    expect(flagIds({ opioidsNow: ['diarrhoea'], opioidsRecent: 'yes', opioidsRecentKind: ['diarrhoea'] })).toContain('antidiarrhoeal');
  });
  it('a real opioid in the last 2 weeks still fires it', () => {
    expect(flagIds({ opioidsNow: ['diarrhoea'], opioidsRecent: 'yes', opioidsRecentKind: ['diarrhoea', 'short-acting'] })).toContain('opioid-gap');
    expect(flagIds({ opioidsNow: ['none'], opioidsRecent: 'yes' })).toContain('opioid-gap');
  });
  it('the loperamide persona fires no opioid-gap', () => {
    expect(evaluate(loadPersona('loperamide')).flags.map((f) => f.id)).toEqual(expect.arrayContaining(['antidiarrhoeal']));
    expect(evaluate(loadPersona('loperamide')).flags.map((f) => f.id)).not.toContain('opioid-gap');
  });
});

describe('4 concealed opioid use is raised first, calmly', () => {
  it.each([
    ['prefer not to say now', { opioidsNow: ['prefer-not'], opioidsRecent: 'no' }, 'q-private-opioids-now'],
    ['prefer not to say lately', { opioidsNow: ['none'], opioidsRecent: 'prefer-not' }, 'q-private-opioids-recent'],
    ['left blank', { opioidsRecent: 'no' }, 'q-private-opioids-now'],
  ] as const)('%s', (_name, answers, question) => {
    const flag = evaluate(doc({ ...answers })).flags.find((f) => f.id === 'opioid-private');
    expect(flag?.severity).toBe('raise-first');
    expect(flag?.questionIds).toEqual([question]);
  });
  it.each(SUPPORTED_LANGUAGES)('says why (withdrawal, pain relief), names kratom, and stays private and non-judging (%s)', (language) => {
    // Said once (issue 18 §5): the key line (on screen and on every sheet) gives the reason; the
    // explanation below it the calm word on privacy.
    const key = render(rule('opioid-private').key, language);
    const t = `${key} ${render(rule('opioid-private').body, language)}`;
    expect(key).toMatch(language === 'en' ? /kratom.*withdrawal.*pain relief/s : /kratom.*abstinencia.*analgésicos opioides/s);
    expect(render(rule('opioid-private').body, language)).toMatch(language === 'en' ? /private/ : /privad/);
    expect(t.match(language === 'en' ? /withdrawal/g : /abstinencia/g)).toHaveLength(1);
    expect(t).not.toMatch(/\b(lie|lied|hide|hidden|hiding|must tell|mentir|mintió|ocult\w*|debe decir)\b/i);
  });
  it('is not raised when the opioid questions are answered', () => {
    expect(flagIds({ opioidsNow: ['none'], opioidsRecent: 'no' })).not.toContain('opioid-private');
  });
  it('the concealed-opioid persona raises it first', () => {
    const flags = evaluate(loadPersona('concealed-opioid')).flags;
    expect(flags.find((f) => f.id === 'opioid-private')?.severity).toBe('raise-first');
  });
});

describe('5 stimulant benefit: for the person\'s group, beside the placebo rate of the same trial', () => {
  // The Learn figures each rule must repeat: children (6-week trial) and adults (5-week trial).
  const GROUPS = [
    { name: 'a child of 8', answers: { age: '6-11' }, perspective: 'child', learn: 0, rule: 'no-stimulant-tried', en: /56 in 100.*24 in 100/, es: /56 de cada 100.*24 de cada 100/ },
    { name: 'a teen', answers: { age: '12-17' }, perspective: 'self', learn: 0, rule: 'no-stimulant-tried', en: /56 in 100.*24 in 100/, es: /56 de cada 100.*24 de cada 100/ },
    { name: 'a child whose age was not given', answers: { age: 'not-sure' }, perspective: 'child', learn: 0, rule: 'no-stimulant-tried', en: /56 in 100.*24 in 100/, es: /56 de cada 100.*24 de cada 100/ },
    { name: 'an adult', answers: { age: '18-plus' }, perspective: 'self', learn: 1, rule: 'no-stimulant-tried-adult', en: /49 to 60 in 100.*27 in 100/, es: /49 a 60 de cada 100.*27 de cada 100/ },
  ] as const;
  const NONE_TRIED = { currentTreatment: ['none'], pastTreatment: ['none'] } as const;

  it.each(GROUPS.map((g) => [g.name, g] as const))('%s: the group\'s figures with placebo, at the Learn certainty, in the key line, said once', (_name, g) => {
    const flags = evaluate(doc({ ...NONE_TRIED, ...g.answers }, g.perspective)).flags;
    const fired = flags.filter((f) => f.id.startsWith('no-stimulant-tried'));
    expect(fired.map((f) => f.id)).toEqual([g.rule]);
    const r = rule(g.rule);
    const learn = OPTIONS.find((o) => o.id === 'stimulants')!.aspects.benefits[g.learn]!;
    expect(r.certainty).toBe(learn.certainty);
    expect(r.sourceIds).toEqual(expect.arrayContaining(learn.sourceIds.slice(0, 1)));
    for (const language of SUPPORTED_LANGUAGES) {
      // Said once (issue 18 §5): in the key line, which the screen and every sheet show, not again below it.
      expect(render(r.key, language, g.perspective, r.params ?? {})).toMatch(g[language]);
      expect(render(r.body, language, g.perspective, r.params ?? {})).not.toMatch(g[language]);
      expect(render(r.key, language, g.perspective, r.params ?? {})).toMatch(/placebo/);
      expect(say(learn, language)).toMatch(g[language]);
    }
  });

  it('no stimulant response rate is given without its placebo rate in Learn', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const s of [...allStatements(), ...OPTIONS.flatMap((o) => Object.values(o.aspects).flat())]) expect(say(s, language), s.id).not.toMatch(/first stimulant (they )?tried|primer estimulante que probaron/i);
    }
  });

  it('the knowledge check asks how a stimulant compares with placebo, and its explanation gives each group\'s Learn figures', () => {
    const q = getQuestion('knowStimulantVsPlacebo');
    if (!isChoiceQuestion(q) || !q.knowledge) throw new Error('knowStimulantVsPlacebo is not a knowledge check');
    const [children, adults] = OPTIONS.find((o) => o.id === 'stimulants')!.aspects.benefits;
    const c = children!.figure!;
    const a = adults!.figure!;
    if (typeof c.per100 !== 'number' || typeof a.per100 === 'number') throw new Error('unexpected Learn figures');
    const right = q.options.find((opt) => opt.id === q.knowledge!.correct)!;
    expect(render(right.label, 'en')).toMatch(/twice as many/i);
    expect(render(right.label, 'es')).toMatch(/dos veces/i);
    const figures = {
      en: [new RegExp(`children.*${c.per100} in 100.*${c.comparePer100} in 100 on a placebo`), new RegExp(`adults.*${a.per100.low} to ${a.per100.high} in 100.*${a.comparePer100} in 100 on a placebo`)],
      es: [new RegExp(`niños.*${c.per100} de cada 100.*${c.comparePer100} de cada 100 con un placebo`), new RegExp(`adultos.*${a.per100.low} a ${a.per100.high} de cada 100.*${a.comparePer100} de cada 100 con un placebo`)],
    };
    for (const language of SUPPORTED_LANGUAGES) for (const f of figures[language]) expect(render(q.knowledge.explanation, language), language).toMatch(f);
    expect(q.knowledge.sourceIds).toEqual(expect.arrayContaining([children!.sourceIds[0], adults!.sourceIds[0]]));
  });

  it('no question asks about the first stimulant tried, a rate without placebo', () => {
    expect(QUESTIONS.map((q) => q.id)).not.toContain('knowFirstStimulant');
    for (const language of SUPPORTED_LANGUAGES) {
      for (const [key, t] of flattenLocale(bundle(language)['questions'] ?? {})) expect(t, `${language} questions:${key}`).not.toMatch(/first stimulant|primer estimulante/i);
    }
  });

  it('the references give no stimulant response rate without a placebo rate (Efron 1997 had no placebo group)', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const supports = lookup(bundle(language), 'references:efron-1997.supports');
      expect(supports, language).toMatch(language === 'en' ? /crossover/ : /cruzado/);
      expect(supports, language).not.toMatch(/\d+ (in|de cada) 100/);
    }
  });

  it('does not say "two trials without a placebo group" (Greenhill 2001 was placebo-controlled)', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const s of allStatements()) expect(say(s, language), s.id).not.toMatch(/two trials without a placebo|dos ensayos sin grupo placebo/i);
    }
  });
});

describe('7 certainty never above its source, for rules and flags too', () => {
  it.each(RULES.filter((r) => r.sourceIds.length > 0).map((r) => [r.id, r] as const))('%s', (_id, r) => {
    const allSecondary = r.sourceIds.every((id) => getSource(id).tag === 'seen-secondary');
    if (allSecondary) expect(SECONDARY_ONLY_LEVELS).toContain(r.certainty);
  });
});

// Raw locale text, both perspectives where the key has a child form.
const text = (key: string, language: Language) => {
  const found = lookup(bundle(language), key);
  if (found === undefined) throw new Error(`missing ${language} ${key}`);
  return found;
};

describe('6 surgery: the guidelines advise stopping whatever the dose, and say how they were made', () => {
  const KEYS = ['engine:rules.surgery.body', 'engine:rules.surgery.body_child', 'learn:safety.surgery'];
  it.each(SUPPORTED_LANGUAGES)('no "not based on studies"; "any dose" and "no systematic search or expert agreement" (%s)', (language) => {
    for (const key of KEYS) {
      const t = text(key, language);
      expect(t, key).not.toMatch(/not based on studies|no se basa en estudios/i);
      expect(t, key).toMatch(language === 'en' ? /any dose/i : /cualquier dosis/i);
      expect(t, key).toMatch(language === 'en' ? /systematic search.*expert agreement/i : /búsqueda sistemática.*acuerdo.*expertos/i);
    }
  });
});

describe('8 vivid dreams: the same "we did not find how many" everywhere', () => {
  const KEYS = ['engine:rules.sleep.body', 'learn:side-effects.vividDreams'];
  it.each(SUPPORTED_LANGUAGES)('says the trials we found did not give how many (%s)', (language) => {
    for (const key of KEYS) {
      expect(text(key, language), key).toMatch(language === 'en' ? /the trials we found did not give how many in 100/i : /los ensayos que encontramos no dieron a cuántas de cada 100/i);
    }
  });
});

describe('10 the child decision line asks, like the others, whether to ask about trying LDN', () => {
  it.each(SUPPORTED_LANGUAGES)('%s', (language) => {
    expect(text('sheet:decision_child', language)).toMatch(language === 'en' ? /should I ask about trying/i : /debería preguntar por probar/i);
  });
});
