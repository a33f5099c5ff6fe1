// The accessible structure of every screen, in English, as committed ARIA snapshots
// (aria-snapshots.spec.ts-snapshots/*.aria.yml): a change to headings, landmarks, labels or reading
// order shows up in review as a diff of these files. The screens come from the app's own step list,
// so a new step gets a snapshot too. After a deliberate change, regenerate them with
//   npm run build && npx playwright test -c playwright.config.ts tests/browser/aria-snapshots.spec.ts --update-snapshots
// and review the diff.
import { expect, test } from '@playwright/test';
import { EVIDENCE_REVIEWED_ON } from '../../shared/content/meta';
import { installFakeSpeech, LOCAL_ENGLISH } from '../support/fake-speech';
import { allScreens, openScreen, screenName } from '../support/screens';

test.beforeEach(async ({ page }) => {
  // A local English voice, so that the "Read aloud" control is part of every snapshot.
  await installFakeSpeech(page, [LOCAL_ENGLISH]);
  // A day within the evidence review period, whenever the tests run: a year after the review the
  // welcome and the sheet add a note (welcome.spec and sheet-pdf.spec check it), not these snapshots.
  await page.clock.setFixedTime(new Date(`${EVIDENCE_REVIEWED_ON}T12:00:00`));
});

for (const screen of allScreens()) {
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
