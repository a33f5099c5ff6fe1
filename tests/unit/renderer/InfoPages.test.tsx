import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n, loadAllText } from '../../../renderer/src/i18n';
import { AboutPage } from '../../../renderer/src/screens/InfoPages';
import { OptionsScreen } from '../../../renderer/src/screens/OptionsScreen';
import { LearnScreen } from '../../../renderer/src/screens/LearnScreen';
import { useContentText } from '../../../renderer/src/walkthrough/useContentText';
import { CONTENT_VERSION, READING_LEVELS, nextReviewDue } from '../../../shared/content/meta';
import type { Language } from '../../../shared/i18n/languages';
import { GRID_ROWS, OPTIONS } from '../../../shared/learn/content';
import { WithText } from '../../support/with-text';

afterEach(cleanup);

function Page({ page }: { page: 'about' | 'options' | 'other-conditions' }) {
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
    <WithText i18n={i18n}>
      <Page page={page} />
    </WithText>,
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
  it('shows one short answer per option and row, each with its certainty, the evidence closed', async () => {
    const { container } = await show('options');
    const rows = [...container.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(OPTIONS.length);
    rows.forEach((row, i) => {
      const option = OPTIONS[i]!;
      const cells = [...row.querySelectorAll('td')];
      expect(cells, option.id).toHaveLength(GRID_ROWS.length);
      cells.forEach((cell, j) => {
        const answer = option.short[GRID_ROWS[j]!];
        expect(cell.querySelector('.short-answer')?.textContent).toBeTruthy();
        expect(cell.querySelectorAll(':scope > .certainty'), `${option.id} ${GRID_ROWS[j]}`).toHaveLength(answer.certainty ? 1 : 0);
      });
    });
    const stimulants = rows[1]?.querySelectorAll('td')[1];
    expect(stimulants?.querySelector('.short-answer')?.textContent).toBe('Children: about 56 in 100 improved a lot, against 24 on a placebo. Adults: about 49 to 60 in 100, against 27.');
    // The full statements are there, closed: nothing of them shows until the cell is opened.
    const details = [...container.querySelectorAll('td details.cell-evidence')] as HTMLDetailsElement[];
    expect(details.length).toBeGreaterThanOrEqual(20);
    for (const d of details) expect(d.open).toBe(false);
    for (const s of OPTIONS.flatMap((o) => Object.values(o.aspects).flat()).filter((s) => s.sourceIds.length > 0)) {
      expect(container.querySelector(`details.cell-evidence:not([open]) [data-statement="${s.id}"]`), s.id).not.toBeNull();
    }
  });
  it('names what each Evidence disclosure opens, and opens it from its summary (a native control, keyboard included)', async () => {
    const { container } = await show('options');
    const summary = container.querySelector('tbody tr:nth-child(2) td:nth-of-type(2) summary') as HTMLElement;
    expect(summary.textContent).toBe('Evidence for Stimulant medicines: Chance of benefit');
    expect(summary.querySelector('.visually-hidden')?.textContent).toBe(' for Stimulant medicines: Chance of benefit');
    expect(summary.parentElement?.firstElementChild).toBe(summary);
    expect(summary.hasAttribute('tabindex')).toBe(false);
    const details = summary.parentElement as HTMLDetailsElement;
    fireEvent.click(summary);
    expect(details.open).toBe(true);
    expect(details.querySelector('[data-statement="options.stimulants.benefits.1"]')?.textContent).toMatch(/about 56 in 100 improved a lot on methylphenidate/);
  });
  it.each(['en', 'es'] as const)('gives a cell without sources no Evidence to open (%s)', async (language) => {
    const { container } = await show('options', language);
    const noChange = container.querySelectorAll('tbody tr:last-child td');
    expect([...noChange].map((cell) => cell.querySelector('details') !== null)).toEqual([false, false, true, false, true, false]);
  });
  it('spells out CBT', async () => {
    await show('options');
    expect(screen.getByRole('rowheader', { name: /CBT \(cognitive behavioural therapy\)/ })).toBeTruthy();
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
