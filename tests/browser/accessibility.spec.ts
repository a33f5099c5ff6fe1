// axe-core on every screen of the walkthrough and every info page, in English and Spanish, light
// and dark (see RUNS), with answers filled in so that branches, feedback and the sheet have content.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForLiveApp } from '../support/screens';
import { readFileSync } from 'node:fs';
import { seedAnswers } from '../support/seed';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const filled = readFileSync('tests/fixtures/personas/every-flag.json', 'utf8');

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${where}`).toEqual([]);
}

// Each language in the light theme, and the dark theme in English: contrast depends on the theme, not
// on the language, so Spanish in dark adds a run of minutes and no check (CI time is kept well under 15 min).
const RUNS = [
  ['en', 'light'],
  ['en', 'dark'],
  ['es', 'light'],
] as const;

for (const [language, colorScheme] of RUNS) {
  test.describe(`${language}, ${colorScheme}`, () => {
    test.use({ colorScheme, locale: language });

    test('every screen passes axe', async ({ page }) => {
      // Every screen is checked: 21 screens and 3 pages since the About ADHD page was added. Alone
      // it takes under a minute; on a shared, loaded machine axe alone can take minutes.
      test.setTimeout(240_000);
      await seedAnswers(page, filled, language);
      await page.goto('/');
      await waitForLiveApp(page);
      await expect(page.locator('#screen-title')).toBeVisible();
      await page.locator('details.settings summary').click();
      await expectNoViolations(page, 'welcome with settings open');
      await page.locator('details.settings summary').click();
      const seen = new Set<string>();
      for (let i = 0; i < 40; i += 1) {
        const title = (await page.locator('#screen-title').textContent()) ?? '';
        seen.add(title);
        // Open one options-grid "Evidence" cell and one "Sources" disclosure where there is one, so
        // their contents are checked too.
        const evidence = page.locator('details.cell-evidence > summary');
        if ((await evidence.count()) > 0) await evidence.first().click();
        const sources = page.locator('details.sources summary');
        if ((await sources.count()) > 0) await sources.first().click();
        await expectNoViolations(page, title);
        const nextButton = page.locator('[data-nav="next"]');
        if ((await nextButton.count()) === 0) break;
        await nextButton.click();
        await expect(page.locator('#screen-title')).toBeFocused();
      }
      expect(seen.size).toBeGreaterThan(12);
      for (const nav of ['help', 'references', 'about'] as const) {
        await page.locator('.app-nav button').nth(['help', 'references', 'about'].indexOf(nav)).click();
        await expect(page.locator('#screen-title')).toBeVisible();
        await expectNoViolations(page, nav);
      }
    });
  });
}
