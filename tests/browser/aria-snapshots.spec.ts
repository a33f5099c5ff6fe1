// The accessible structure of every screen, in English, as committed ARIA snapshots
// (aria-snapshots.spec.ts-snapshots/*.aria.yml): a change to headings, landmarks, labels or reading
// order shows up in review as a diff of these files. The screens come from the app's own step list,
// so a new step gets a snapshot too. After a deliberate change, regenerate them with
//   npm run build && npx playwright test -c playwright.config.ts tests/browser/aria-snapshots.spec.ts --update-snapshots
// and review the diff.
import { expect, test } from '@playwright/test';
import { EVIDENCE_REVIEWED_ON } from '../../shared/content/meta';
import { installFakeSpeech, LOCAL_ENGLISH } from '../support/fake-speech';
import { allScreens, openScreen, screenName, type AppScreen } from '../support/screens';

test.beforeEach(async ({ page }) => {
  // A local English voice, so that the "Read aloud" control is part of every snapshot.
  await installFakeSpeech(page, [LOCAL_ENGLISH]);
  // A day within the evidence review period, whenever the tests run: a year after the review the
  // welcome and the sheet add a note (welcome.spec and sheet-pdf.spec check it), not these snapshots.
  await page.clock.setFixedTime(new Date(`${EVIDENCE_REVIEWED_ON}T12:00:00`));
});

// The steps are walked with Next in a few parts (one page load each, not one per screen: CI time),
// the information pages opened one by one. A snapshot that differs does not stop the walk.
const steps = allScreens().filter((s) => s.kind === 'step');
const PARTS = 3;
const partSize = Math.ceil(steps.length / PARTS);
const parts: AppScreen[][] = Array.from({ length: PARTS }, (_, i) => steps.slice(i * partSize, (i + 1) * partSize));

test('the parts cover every step once', () => {
  expect(parts.flat().map(screenName)).toEqual(steps.map(screenName));
});

for (const part of parts) {
  const first = part[0];
  const last = part.at(-1);
  if (!first || !last) throw new Error('empty part');
  test(`ARIA snapshots: ${screenName(first)} to ${screenName(last)}`, async ({ page }) => {
    await openScreen(page, first);
    for (const [i, screen] of part.entries()) {
      if (i > 0) {
        await page.locator('[data-nav="next"]').click();
        await expect(page.locator('#screen-title')).toBeFocused();
        if ((await page.locator('.sheet-step').count()) > 0) await expect(page.locator('.sheet-step')).toHaveAttribute('aria-busy', 'false');
      }
      await expect.soft(page.locator('main'), screenName(screen)).toMatchAriaSnapshot({ name: `${screenName(screen)}.aria.yml` });
    }
  });
}

for (const screen of allScreens().filter((s) => s.kind === 'page')) {
  test(`ARIA snapshot: ${screenName(screen)}`, async ({ page }) => {
    await openScreen(page, screen);
    await expect(page.locator('main')).toMatchAriaSnapshot({ name: `${screenName(screen)}.aria.yml` });
  });
}

test('ARIA snapshot: the frame around every screen (header, settings, progress)', async ({ page }) => {
  await openScreen(page, { kind: 'step', id: 'section:history' });
  await page.locator('details.settings summary').click();
  await expect(page.getByRole('banner')).toMatchAriaSnapshot({ name: 'frame-header.aria.yml' });
  await expect(page.locator('nav.progress')).toMatchAriaSnapshot({ name: 'frame-progress.aria.yml' });
});
