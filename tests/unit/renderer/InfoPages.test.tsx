import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n, loadAllText } from '../../../renderer/src/i18n';
import { AboutPage } from '../../../renderer/src/screens/InfoPages';
import { OptionsScreen } from '../../../renderer/src/screens/OptionsScreen';
import { LearnScreen } from '../../../renderer/src/screens/LearnScreen';
import { useContentText } from '../../../renderer/src/walkthrough/useContentText';
import { CONTENT_VERSION, READING_LEVELS, nextReviewDue } from '../../../shared/content/meta';
import type { Language } from '../../../shared/i18n/languages';

afterEach(cleanup);

function WithText({ page }: { page: 'about' | 'options' | 'other-conditions' }) {
  const text = useContentText('self');
  useTranslation();
  if (page === 'about') return <AboutPage text={text} appVersion="9.9.9" />;
  if (page === 'options') return <OptionsScreen text={text} onOpenReferences={() => undefined} />;
  return <LearnScreen pageId="other-conditions" text={text} onOpenReferences={() => undefined} />;
}

async function show(page: 'about' | 'options' | 'other-conditions', language: Language = 'en') {
  const i18n = await initI18n(language);
  await loadAllText(i18n);
  return render(
    <I18nextProvider i18n={i18n}>
      <WithText page={page} />
    </I18nextProvider>,
  );
}

describe('About page', () => {
  it.each(['en', 'es'] as const)('gives each value once, without repeating its label (%s)', async (language) => {
    const { container } = await show('about', language);
    const terms = [...container.querySelectorAll('.about-facts dt')].map((e) => e.textContent ?? '');
    const values = [...container.querySelectorAll('.about-facts dd')].map((e) => e.textContent ?? '');
    expect(values).toContain(CONTENT_VERSION);
    terms.forEach((term, i) => expect(values[i] ?? '', term).not.toContain(term));
  });
  it('shows the published date, the next review due, and both measured reading levels', async () => {
    const { container } = await show('about');
    const facts = container.querySelector('.about-facts')?.textContent ?? '';
    expect(facts).toMatch(/Published/);
    expect(facts).toMatch(/Next review due/);
    expect(facts).toContain(String(Number(nextReviewDue().slice(0, 4))));
    expect(facts).toContain(`US grade ${READING_LEVELS.englishGrade}`);
    expect(facts).toContain(`${READING_LEVELS.spanishInflesz} on the INFLESZ scale`);
    expect(screen.getByRole('heading', { name: 'How we found the evidence' })).toBeTruthy();
    expect(container.textContent).toMatch(/not a live, systematic search/);
    expect(container.textContent).toMatch(/project's software developers/);
  });
  it('computes the next review 12 months after the last', () => {
    expect(nextReviewDue('2026-12-02')).toBe('2027-12-02');
  });
});

describe('Options table', () => {
  it('draws each comparison group as its own icon array beside the option', async () => {
    const { container } = await show('options');
    const pairs = [...container.querySelectorAll('.figure-pair')];
    expect(pairs.length).toBeGreaterThanOrEqual(6);
    for (const pair of pairs) expect(pair.querySelectorAll('figure.icon-array')).toHaveLength(2);
    expect(container.textContent).toMatch(/A placebo \(a dummy pill\): 24 in 100/);
  });
  it('spells out CBT', async () => {
    await show('options');
    expect(screen.getByText(/CBT \(cognitive behavioural therapy\)/)).toBeTruthy();
  });
});

describe('Other conditions', () => {
  it('frames trials that found no benefit exactly as the ones that did', async () => {
    const { container } = await show('other-conditions');
    const frames = [...container.querySelectorAll('.trial-result')];
    const badges = frames.map((f) => f.querySelector('.result')?.textContent);
    expect(badges.filter((b) => b === 'Found no benefit').length).toBe(2);
    expect(badges.filter((b) => b === 'Found a benefit').length).toBe(2);
    for (const f of frames) expect(f.querySelector('svg')).toBeNull();
  });
});
