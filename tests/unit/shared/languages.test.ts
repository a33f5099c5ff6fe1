import { describe, expect, it } from 'vitest';
import { crisisRegionFor } from '../../../shared/crisis/region';
import { chooseLanguage, isSupportedLanguage, textDirection } from '../../../shared/i18n/languages';

describe('chooseLanguage', () => {
  it.each([
    [['es-ES', 'en-US'], 'es'],
    [['es-419'], 'es'],
    [['fr-CA', 'es_MX', 'en'], 'es'],
    [['en-GB', 'es'], 'en'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
    [['ES'], 'es'],
    [['', '  es  '], 'es'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(chooseLanguage(preferred)).toBe(expected);
  });

  it('respects the supported list it is given', () => {
    expect(chooseLanguage(['es-ES'], ['en'])).toBe('en');
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa', 'rtl'],
    ['en', 'ltr'],
    ['es-419', 'ltr'],
  ] as const)('%s is %s', (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
});

it('isSupportedLanguage accepts only shipped languages', () => {
  expect(isSupportedLanguage('en')).toBe(true);
  expect(isSupportedLanguage('es')).toBe(true);
  expect(isSupportedLanguage('fr')).toBe(false);
  expect(isSupportedLanguage(1)).toBe(false);
});

describe('the crisis numbers for a region', () => {
  it.each([
    ['US', 'US'],
    ['en-GB', 'GB'],
    ['UK', 'GB'],
    ['es_MX', 'MX'],
    ['es-419', null],
    ['DE', 'EU'],
    ['fr-FR', 'EU'],
    ['es', null],
    ['JP', null],
    ['', null],
  ] as const)('%s → %s', (region, expected) => {
    expect(crisisRegionFor(region)).toBe(expected);
  });
});
