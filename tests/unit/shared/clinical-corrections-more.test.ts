// Issue 17 §9 and §11: numbers with their context, and the smaller corrections. One block per
// correction, in the style of clinical-corrections.test.ts; each checks the words a reader sees,
// in both languages where the wording can be held.
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { allStatements, paramsOf, type Statement } from '../../../shared/learn/content';
import { render } from './helpers';

const say = (s: Statement, language: Language = 'en') => render(s.text, language, 'self', paramsOf(s));
const statement = (id: string): Statement => {
  const found = allStatements().find((s) => s.id === id);
  if (!found) throw new Error(`no statement ${id}`);
  return found;
};

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
