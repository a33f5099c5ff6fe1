// Bad saved data and a refusing disk, as a person meets them: the app opens, says what happened in
// plain words, keeps the bad data aside, and keeps working.
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { ANSWERS_KEY as KEY, seedStorage } from '../support/seed';

for (const [name, bad] of [
  ['truncated', '{"schemaVersion":1,"perspective":"self","answ'],
  ['empty', ''],
  ['binary', '\u0000\u0001\u0002\u00ff\ufffd'],
  ['from a newer version', '{"schemaVersion":9,"perspective":"self"}'],
  ['of the wrong type', '[1,2,3]'],
] as const) {
  test(`a ${name} save: the app opens, says so, keeps it aside, and starts fresh`, async ({ page }) => {
    await seedStorage(page, { [KEY]: bad });
    await page.goto('/');
    const notice = page.locator('.notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('could not be read');
    await expect(notice).toContainText(name === 'from a newer version' ? 'newer version' : /damaged|not in the form/);
    const kept = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.damaged-`)).map((k) => localStorage.getItem(k)), KEY);
    expect(kept).toEqual([bad]);
    // Still usable: start, answer, and the new answer saves.
    await page.locator('[data-nav="next"]').click();
    await page.locator('#q-age input[value="18-plus"]').check();
    await expect(page.getByText('All changes saved')).toBeVisible();
  });
}

test('a save file far too large is set aside without being read', async ({ page }) => {
  await seedStorage(page, { [KEY]: `{"schemaVersion":1,"pad":"${'x'.repeat(1_100_000)}"}` });
  await page.goto('/');
  await expect(page.locator('.notice')).toContainText('much too large');
});

test('when the disk refuses to save, the app says so and keeps every answer in memory', async ({ page }) => {
  await page.addInitScript((key) => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, k, v);
    };
  }, KEY);
  await page.goto('/');
  await page.locator('[data-nav="next"]').click();
  await page.locator('#q-age input[value="18-plus"]').check();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();
  await page.locator('[data-nav="next"]').click();
  await page.locator('[data-nav="back"]').click();
  await expect(page.locator('#q-age input[value="18-plus"]')).toBeChecked();
});

// Code loaded apart that cannot be loaded (an update replaced the app's files while it was open, a
// file the computer refuses to read): not an empty window, but a message in its place with a way out,
// and the rest of the page working.
test('a screen whose code cannot be loaded: says so, Urgent help still opens, and reloading brings it back', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/assets/SectionScreen-*.js', (route) => route.abort());
  await page.goto('/');
  await page.locator('[data-nav="next"]').click();
  const failed = page.getByRole('alert').filter({ hasText: 'This part of the guide could not be opened' });
  await expect(failed).toBeVisible();
  // Where the screen's heading would be, focus goes to what happened (a keyboard user is not left on nothing).
  await expect(page.locator('#screen-title')).toBeFocused();
  await expect(page.locator('#screen-title')).toHaveText('This part of the guide could not be opened.');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Urgent help' }).click();
  await expect(page.locator('#screen-title')).toContainText(/urgent|help/i);
  await page.unroute('**/assets/SectionScreen-*.js');
  await page.locator('[data-nav="back"]').click();
  await expect(failed).toBeVisible();
  await failed.getByRole('button', { name: 'Reload the guide' }).click();
  // The page starts again where the person was, this time with the screen's code.
  await expect(page.locator('#q-age input[value="18-plus"]')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

// The screen that fails may be Urgent help itself: what to do in danger still reaches the person.
for (const [what, chunk] of [
  ['code', '**/assets/CrisisHelp-*.js'],
  ['text', '**/assets/crisis-*.js'],
] as const) {
  test(`Urgent help whose ${what} cannot be loaded still says what to do in danger`, async ({ page }) => {
    await page.route(chunk, (route) => route.abort());
    await page.goto('/');
    await page.getByRole('button', { name: 'Urgent help' }).click();
    const failed = page.getByRole('alert');
    await expect(page.locator('#screen-title')).toHaveText('This part of the guide could not be opened.');
    await expect(failed).toContainText('might be in danger now, call your local emergency number or go to the nearest hospital emergency department');
    await expect(failed.getByRole('button', { name: 'Reload the guide' })).toBeVisible();
  });
}

test('a screen whose text cannot be loaded is not drawn with keys in place of its words: it says so', async ({ page }) => {
  await page.route('**/assets/questions-*.js', (route) => route.abort());
  await page.goto('/');
  await page.locator('[data-nav="next"]').click();
  await expect(page.getByRole('alert').filter({ hasText: 'This part of the guide could not be opened' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('questions:');
  await expect(page.locator('#q-age')).toHaveCount(0);
});

test('a part of the first screen whose code cannot be loaded: says so in its place, and Start still works', async ({ page }) => {
  await page.route('**/assets/SettingsPanel-*.js', (route) => route.abort());
  await page.goto('/');
  const header = page.locator('.app-header');
  await expect(header.getByRole('alert')).toContainText('This part of the guide could not be opened');
  await expect(header.getByRole('button', { name: 'Reload the guide' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('[data-nav="next"]').click();
  await expect(page.locator('#q-age input[value="18-plus"]')).toBeVisible();
});

test.describe('started in Spanish', () => {
  test.use({ locale: 'es-ES' });
  test('when the text cannot be loaded at start, the page says so with the way out, and reloading starts it', async ({ page }) => {
    await page.route('**/assets/i18n-*.js', (route) => route.abort());
    await page.goto('/');
    // In English: the only text the page has without i18next (its bundled early text).
    const failed = page.getByRole('alert');
    await expect(failed).toContainText('The guide could not be opened');
    // Not the prerendered welcome screen, whose buttons would do nothing.
    await expect(page.locator('[data-nav="next"]')).toHaveCount(0);
    await page.unroute('**/assets/i18n-*.js');
    await failed.getByRole('button', { name: 'Reload the guide' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.locator('[data-nav="next"]').click();
    await expect(page.locator('#q-age input[value="18-plus"]')).toBeVisible();
  });
});
