import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../../shared/i18n/languages';
import { compareLocales, flattenLocale, placeholdersOf, type LocaleTree } from '../../../shared/i18n/locale-parity';
import { NAMESPACES, resources } from '../../../shared/i18n/resources';

describe('compareLocales finds what a translation lacks', () => {
  const en: LocaleTree = { a: { b: 'Hello {{name}}' }, c: 'plain', n_one: '{{count}} day', n_other: '{{count}} days' };

  it('accepts a complete translation', () => {
    const es: LocaleTree = { a: { b: 'Hola {{name}}' }, c: 'llano', n_one: '{{count}} día', n_many: '{{count}} días', n_other: '{{count}} días' };
    expect(compareLocales(en, es, 'es')).toEqual([]);
  });

  it('reports a missing key', () => {
    const es: LocaleTree = { a: { b: 'Hola {{name}}' }, n_one: 'x', n_many: 'x', n_other: 'x' };
    expect(compareLocales(en, es, 'es')).toContainEqual(expect.objectContaining({ key: 'c', problem: 'missing' }));
  });

  it('reports a placeholder that differs', () => {
    const es: LocaleTree = { a: { b: 'Hola {{nombre}}' }, c: 'llano', n_one: 'x', n_many: 'x', n_other: 'x' };
    expect(compareLocales(en, es, 'es')).toContainEqual(expect.objectContaining({ key: 'a.b', problem: 'placeholders' }));
  });

  it('reports plural forms the language needs but lacks', () => {
    const es: LocaleTree = { a: { b: 'Hola {{name}}' }, c: 'llano', n_one: '{{count}} día', n_other: '{{count}} días' };
    const problems = compareLocales(en, es, 'es');
    const spanishNeedsMany = new Intl.PluralRules('es').resolvedOptions().pluralCategories.includes('many');
    expect(problems.some((p) => p.problem === 'plural-forms')).toBe(spanishNeedsMany);
    const pl: LocaleTree = { a: { b: 'x {{name}}' }, c: 'x', n_one: 'x', n_other: 'x' };
    expect(compareLocales(en, pl, 'pl')).toContainEqual(expect.objectContaining({ key: 'n', problem: 'plural-forms' }));
  });

  it('reports keys English does not have', () => {
    const es: LocaleTree = { a: { b: 'Hola {{name}}' }, c: 'llano', d: 'extra', n_one: 'x', n_many: 'x', n_other: 'x' };
    expect(compareLocales(en, es, 'es')).toContainEqual(expect.objectContaining({ key: 'd', problem: 'extra' }));
  });

  it('flattens nested trees and reads placeholders', () => {
    expect([...flattenLocale({ x: { y: { z: 'v' } } })]).toEqual([['x.y.z', 'v']]);
    expect(placeholdersOf('{{ b }} and {{a, number}} and {{a}}')).toEqual(['a', 'b']);
  });
});

describe('the shipped translations', () => {
  for (const language of SUPPORTED_LANGUAGES.filter((l) => l !== 'en')) {
    for (const namespace of NAMESPACES) {
      it(`${language}/${namespace} has every English key, placeholder and plural form`, () => {
        const problems = compareLocales(resources.en[namespace] as LocaleTree, resources[language][namespace] as LocaleTree, language);
        expect(problems.map((p) => p.detail)).toEqual([]);
      });
    }
  }
});
