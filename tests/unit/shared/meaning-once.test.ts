// Issue 18 §5: on "What your answers mean" each thing is said once. For every persona, in both
// languages and both perspectives: no sentence is shown twice, no sentence of a flag's explanation
// repeats its key line, and the warning about taking large amounts of opioids to get past the block
// is shown in full once, in the first flag that needs it.
import { describe, expect, it } from 'vitest';
import { PERSPECTIVES, type Perspective } from '../../../shared/content/text';
import { evaluate } from '../../../shared/engine/evaluate';
import { meaningGroups } from '../../../shared/engine/meaning';
import { SHARED_WARNINGS } from '../../../shared/engine/rules';
import { SUPPORTED_LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { loadPersona, personaNames, render } from './helpers';

/** Sentences ("EE. UU.", the Spanish for US, is one word). */
const sentences = (t: string) => t.replace(/EE\.\s*UU\./g, 'EEUU').split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
/** Content words: four letters or more, lower case. */
const words = (t: string) => (t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
const COMA = { en: /coma or death/gi, es: /coma o la muerte/gi } as const;
const SUICIDAL = { en: /suicidal thoughts/gi, es: /pensamientos suicidas/gi } as const;
const COMA_ONE = { en: /coma or death/i, es: /coma o la muerte/i } as const;

/** What the screen shows, flag by flag: each part's rendered text. */
function shown(name: string, perspective: Perspective, language: Language) {
  const doc = { ...loadPersona(name), perspective };
  return meaningGroups(evaluate(doc).flags).flatMap((g) =>
    g.flags.map(({ flag, parts }) => ({ id: flag.id, parts: parts.map((p) => render(p.text, language, perspective, { ...flag.params, place: 'emergency department' })) })),
  );
}

const CASES = personaNames().flatMap((name) => SUPPORTED_LANGUAGES.flatMap((language) => PERSPECTIVES.map((perspective) => [name, language, perspective] as const)));

describe('What your answers mean says each thing once', () => {
  it.each(CASES)('%s (%s, %s): no sentence shown twice', (name, language, perspective) => {
    // The few words that point back to a shared warning hold no content of their own: left out.
    const pointers = new Set(Object.values(SHARED_WARNINGS).map((w) => render(w.again, language, perspective)));
    const all = shown(name, perspective, language).flatMap((f) => f.parts.filter((p) => !pointers.has(p)).flatMap(sentences));
    const seen = new Set<string>();
    const twice = all.filter((s) => (seen.has(s.toLowerCase()) ? true : (seen.add(s.toLowerCase()), false)));
    expect(twice).toEqual([]);
  });

  it.each(CASES)('%s (%s, %s): no sentence of an explanation repeats its key line', (name, language, perspective) => {
    for (const { id, parts } of shown(name, perspective, language)) {
      const keyWords = new Set(words(parts[0] ?? ''));
      for (const s of parts.slice(1).flatMap(sentences)) {
        const w = words(s);
        const inKey = w.filter((x) => keyWords.has(x)).length;
        expect(w.length === 0 || inKey / w.length < 0.6, `${id}: "${s}" repeats "${parts[0]}"`).toBe(true);
      }
    }
  });

  it.each(CASES)('%s (%s, %s): that leaflets list suicidal thoughts is said at most once (later flags point back to it)', (name, language, perspective) => {
    const pointer = render(SHARED_WARNINGS['suicidal-thoughts'].again, language, perspective);
    const all = shown(name, perspective, language).flatMap((f) => f.parts.filter((p) => p !== pointer)).join(' ');
    expect((all.match(SUICIDAL[language]) ?? []).length).toBeLessThanOrEqual(1);
  });

  it.each(CASES)('%s (%s, %s): the coma-or-death warning is said at most once', (name, language, perspective) => {
    const all = shown(name, perspective, language).flatMap((f) => f.parts).join(' ');
    expect((all.match(COMA[language]) ?? []).length).toBeLessThanOrEqual(1);
  });

  it.each(SUPPORTED_LANGUAGES.flatMap((language) => PERSPECTIVES.map((p) => [language, p] as const)))(
    'on methadone or buprenorphine (%s, %s): the warning is said once, in the first flag that needs it, and referred to after',
    (language, perspective) => {
      const flags = shown('buprenorphine', perspective, language);
      const withWarning = flags.filter((f) => COMA_ONE[language].test(f.parts.join(' ')));
      expect(withWarning.map((f) => f.id)).toEqual(['opioids-now']);
      // The later flags that share it point back to it in a few words.
      const again = render(SHARED_WARNINGS['overcome-block'].again, language, perspective);
      const pointing = flags.filter((f) => f.parts.includes(again)).map((f) => f.id);
      expect(pointing).toEqual(expect.arrayContaining(['opioid-gap']));
      expect(pointing).not.toContain('opioids-now');
      expect(again.split(/\s+/).length).toBeLessThanOrEqual(12);
    },
  );
});
