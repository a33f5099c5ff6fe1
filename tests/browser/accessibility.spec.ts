// axe-core on every screen of the walkthrough and every info page, in English and Spanish, light
// and dark (see RUNS), with answers filled in so that branches, feedback and the sheet have content.
// Each run is cut into a few parts, each opened on its first screen and walked with Next, so the
// two test workers share the work evenly (one long test per run kept one worker busy for minutes).
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { allScreens, openScreen, persona, type AppScreen } from '../support/screens';

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
}

// Each language once and each theme once: contrast depends on the theme, not on the language, and
// names, labels and `lang` on the language, not on the theme; a third run would check nothing new
// (CI time is kept well under 15 min).
const RUNS = [
  ['en', 'light'],
  ['es', 'dark'],
] as const;

const doc = persona();
const steps = allScreens(doc).filter((s) => s.kind === 'step');
const pages = allScreens(doc).filter((s) => s.kind === 'page');
const PARTS = 3;
const partSize = Math.ceil(steps.length / PARTS);
const parts: AppScreen[][] = Array.from({ length: PARTS }, (_, i) => steps.slice(i * partSize, (i + 1) * partSize));

test('the check finds a violation: a button with no name, put on the first screen', async ({ page }) => {
  await openScreen(page, { kind: 'step', id: 'welcome' });
  await expect.poll(() => axeViolations(page)).toEqual([]);
  await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('button'), { id: 'nameless' })));
  expect(await axeViolations(page)).toEqual(['button-name (critical): #nameless']);
});

test('the parts cover every step once', () => {
  expect(parts.flat().map((s) => s.id)).toEqual(steps.map((s) => s.id));
  expect(steps.length).toBeGreaterThan(12);
});

for (const [language, colorScheme] of RUNS) {
  test.describe(`${language}, ${colorScheme}`, () => {
    test.use({ colorScheme, locale: language });

    parts.forEach((part, index) => {
      test(`steps ${index * partSize + 1}-${index * partSize + part.length} pass axe`, async ({ page }) => {
        // On a shared, loaded machine axe alone can take a minute for a few screens.
        test.setTimeout(150_000);
        const first = part[0];
        if (!first) throw new Error('empty part');
        await openScreen(page, first, { doc, language });
        if (index === 0) {
          await page.locator('details.settings summary').click();
          await expectNoViolations(page, 'first screen with settings open');
          await page.locator('details.settings summary').click();
        }
        const titles = new Set<string>();
        for (let i = 0; i < part.length; i += 1) {
          const title = (await page.locator('#screen-title').textContent()) ?? '';
          titles.add(title);
          // Open one options-grid "Evidence" cell and one "Sources" disclosure where there is one, so
          // their contents are checked too.
          const evidence = page.locator('details.cell-evidence > summary');
          if ((await evidence.count()) > 0) await evidence.first().click();
          const sources = page.locator('details.sources summary');
          if ((await sources.count()) > 0) await sources.first().click();
          await expectNoViolations(page, title);
          if (i === part.length - 1) break;
          await page.locator('[data-nav="next"]').click();
          await expect(page.locator('#screen-title')).toBeFocused();
        }
        expect(titles.size, 'each step of the part was checked').toBe(part.length);
      });
    });

    test('the information pages pass axe', async ({ page }) => {
      test.setTimeout(90_000);
      for (const screen of pages) {
        await openScreen(page, screen, { doc, language });
        await expectNoViolations(page, screen.id);
      }
    });
  });
}
