// Right to left, proven with the test-only pseudo-locale (English text in right-to-left marks,
// dir="rtl"; renderer/src/pseudo-rtl.ts): on one screen of each kind (LAYOUT_IN_RTL) nothing spills
// out of the window or its box and no control overlaps another, and axe finds nothing (AXE_IN_RTL); the
// sheet's PDF still fits its pages.
// With RTL_SHOTS=1, screenshots go to test-results/rtl/ to be looked at.
import { expect, test } from '@playwright/test';
import { sheetPdfSpec, toPlaywrightPdfOptions } from '../../shared/print/pdf';
import { axeViolations } from '../support/axe';
import { layoutProblems } from '../support/layout';
import { pdfPages } from '../support/pdf';
import { allScreens, openScreen, persona, screenName, usePseudoRtl } from '../support/screens';

const RLM = '\u200F';

test.beforeEach(async ({ page }) => {
  await usePseudoRtl(page);
});

// axe's rules do not depend on the direction, and accessibility.spec.ts runs axe on every screen: in
// right to left it runs on one screen of each kind (the welcome, questions, Learn, the options table,
// the flags, the sheet, an info page), which keeps CI time for the checks only this spec makes.
const AXE_IN_RTL = new Set(['welcome', 'section-history', 'learn-safety', 'options', 'meaning', 'sheet', 'page-references']);

// The layout is checked right to left on one screen of each kind, where each kind's parts are (the
// Learn pages are one component with the same parts; so are the sections of questions, apart from the
// ratings): CI time goes to the checks, not to the same layout over and over.
const LAYOUT_IN_RTL = new Set([
  ...AXE_IN_RTL,
  'section-about',
  'section-opioids',
  'section-health',
  'section-values',
  'section-stance',
  'learn-adhd-evidence',
  'review',
  'page-help',
  'page-about',
]);

for (const screen of allScreens().filter((s) => LAYOUT_IN_RTL.has(screenName(s)))) {
  const axe = AXE_IN_RTL.has(screenName(screen));
  test(`right to left: ${screenName(screen)}${axe ? ' passes axe, and' : ':'} nothing overflows or overlaps`, async ({ page }) => {
    await openScreen(page, screen);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    // The pseudo-locale is in force: the heading's text is wrapped in right-to-left marks.
    expect((await page.locator('#screen-title').textContent())?.startsWith(RLM)).toBe(true);
    // For a person to look at (RTL_SHOTS=1); CI looks at the checks below, not at pictures.
    if (process.env.RTL_SHOTS) await page.screenshot({ path: `test-results/rtl/${screenName(screen)}.png`, fullPage: true });

    if (axe) expect(await axeViolations(page)).toEqual([]);

    const problems = await layoutProblems(page);
    expect(problems).toEqual({ pageOverflow: null, outsideWindow: [], textOverflow: [], overlaps: [] });
  });
}

test('every screen named for axe or layout in right to left is a screen of the app', () => {
  const names = allScreens().map(screenName);
  expect([...LAYOUT_IN_RTL].filter((name) => !names.includes(name))).toEqual([]);
});

test('right to left: the narrow window (400 px) still has nothing overflowing on the welcome and the sheet', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  for (const screen of allScreens().filter((s) => s.id === 'welcome' || s.id === 'sheet')) {
    await openScreen(page, screen);
    if (process.env.RTL_SHOTS) await page.screenshot({ path: `test-results/rtl/narrow-${screenName(screen)}.png`, fullPage: true });
    expect((await layoutProblems(page)).pageOverflow).toBeNull();
  }
});

for (const [file, maxPages] of [
  ['tests/fixtures/personas/typical-one-page.json', 1],
  ['tests/fixtures/personas/every-flag.json', 2],
] as const) {
  for (const paper of ['Letter', 'A4'] as const) {
    test(`right to left: the ${paper} sheet PDF of ${file.split('/').at(-1)} fits in ${maxPages} page(s)`, async ({ page }) => {
      await openScreen(page, { kind: 'step', id: 'sheet' }, { doc: persona(file) });
      const spec = sheetPdfSpec(paper, 'Page {{page}} of {{total}}', 'LDN');
      const pdf = await page.pdf(toPlaywrightPdfOptions(spec));
      const { pages, text } = pdfPages(pdf, `test-results/rtl/sheet-${paper}-${file.split('/').at(-1)}.pdf`);
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(maxPages);
      expect(text).toContain('Page 1 of');
    });
  }
}

test('the layout check finds what it looks for: overlapping controls, text spilling out, a page too wide', async ({ page }) => {
  await openScreen(page, { kind: 'step', id: 'welcome' });
  // Styles set through the CSSOM (the CSP refuses an added style element).
  await page.evaluate(() => {
    const style = (selector: string) => document.querySelector<HTMLElement>(selector)!.style;
    style('.app-nav button + button').marginInlineStart = '-4rem';
    Object.assign(style('.lede'), { whiteSpace: 'nowrap', inlineSize: '5rem' });
    style('.facts').inlineSize = '3000px';
  });
  const problems = await layoutProblems(page);
  expect(problems.overlaps.length).toBeGreaterThan(0);
  expect(problems.textOverflow.some((p) => p.includes('lede'))).toBe(true);
  expect(problems.pageOverflow).not.toBeNull();
  expect(problems.outsideWindow.length).toBeGreaterThan(0);
});
