// common.json in two parts (issue 20): the first screen renders with only the early part loaded and
// never asks for a key it lacks; the two parts together are the whole file, for every language.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFirstScreenParts } from '../../../renderer/src/App';
import { FirstScreen, PRERENDERED } from '../../../renderer/src/first-screen';
import { BUNDLED_EARLY_TEXT } from '../../../renderer/src/early-text';
import { initI18n, loadAllText } from '../../../renderer/src/i18n';
import { LATE_TEXT } from '../../../renderer/src/i18next-loader';
import { emptyAnswers } from '../../../shared/answers/empty';
import { LATE_COMMON_GROUPS, commonPart } from '../../../shared/i18n/common-split';
import { FALLBACK_LANGUAGE, SUPPORTED_LANGUAGES } from '../../../shared/i18n/languages';
import { flattenLocale, type LocaleTree } from '../../../shared/i18n/locale-parity';
import { resources } from '../../../shared/i18n/resources';
import { memoryBridge } from '../../support/memory-bridge';

afterEach(cleanup);

describe('the two parts of common.json', () => {
  it.each(SUPPORTED_LANGUAGES)('are the whole file between them, each key once (%s)', (language) => {
    const whole = resources[language].common as LocaleTree;
    const early = [...flattenLocale(commonPart(whole, 'early')).keys()];
    const late = [...flattenLocale(commonPart(whole, 'late')).keys()];
    expect([...early, ...late].sort()).toEqual([...flattenLocale(whole).keys()].sort());
    expect(early.filter((key) => late.includes(key))).toEqual([]);
    expect(late.length).toBeGreaterThan(0);
  });

  it('has the early part of the fallback language, and only it, in the first chunk', () => {
    // i18next always loads the fallback language: its early text bundled means the first screen waits for no chunk.
    expect(BUNDLED_EARLY_TEXT).toEqual([FALLBACK_LANGUAGE]);
  });

  it('names only groups that exist', () => {
    const groups = Object.keys(resources.en.common);
    expect(LATE_COMMON_GROUPS.filter((group) => !groups.includes(group))).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('are both in the app once all text is loaded (%s)', async (language) => {
    const i18n = await initI18n(language);
    expect(i18n.hasLoadedNamespace(LATE_TEXT)).toBe(false);
    await loadAllText(i18n);
    expect(i18n.getResourceBundle(language, 'common')).toEqual(resources[language].common);
  });
});

describe('the first screen with only the early part of common.json', () => {
  /** Renders the first screen as the page does, collecting every key asked for before the late part is there. */
  async function missingOnFirstScreen(start: Parameters<typeof FirstScreen>[0] extends infer P ? Omit<P & object, 'bridge' | 'i18n'> : never) {
    // The code of the parts loaded apart is here (with another instance's text): the worst case, the
    // parts ready to render before this page's late text.
    await initI18n('en');
    await loadFirstScreenParts();
    const i18n = await initI18n(start.preferences.language);
    i18n.options.saveMissing = true;
    const missing: string[] = [];
    i18n.on('missingKey', (_languages, namespace, key) => {
      if (!i18n.hasLoadedNamespace(LATE_TEXT)) missing.push(`${namespace}:${key}`);
    });
    const { bridge } = memoryBridge();
    await act(async () => {
      render(<FirstScreen {...start} bridge={bridge} i18n={i18n} />);
    });
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    return missing;
  }

  it('asks for no key that is in the late part (as prerendered)', async () => {
    expect(await missingOnFirstScreen(PRERENDERED)).toEqual([]);
  });

  it('asks for no key that is in the late part (a child, in Spanish)', async () => {
    const preferences = { ...PRERENDERED.preferences, language: 'es' as const };
    expect(await missingOnFirstScreen({ ...PRERENDERED, preferences, opened: { outcome: { status: 'loaded', document: emptyAnswers('child') } } })).toEqual([]);
  });
});
