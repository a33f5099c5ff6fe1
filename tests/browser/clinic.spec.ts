// Clinic mode in the browser (the preview's ?clinic): the badge, no file actions, the idle warning
// with a fake clock (it counts down, a key cancels it, and at the end everything is cleared), and
// "Finish and clear" after printing, printing only through the app's own choice of a real printer.
// Nothing reaches localStorage.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { guardPage } from '../support/guards';
import { ORIGIN } from '../support/origin';
import { waitForLiveApp } from '../support/screens';

const BADGE = 'Shared computer: nothing you enter is kept';

async function startInClinicMode(page: Page): Promise<void> {
  await page.goto('/?clinic');
  await expect(page.locator('#screen-title')).toContainText('low-dose naltrexone');
  await expect(page.getByText(BADGE, { exact: true })).toBeVisible();
}

/** Answers the first questions, so there is something of the person on the screen. */
async function answerSomething(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'My child' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#q-age')).toBeVisible();
  await page.locator('#q-age input[value="6-11"]').check();
}

const warning = (page: Page) => page.getByRole('alertdialog', { name: 'Are you still there?' });

test('after the idle time a warning counts down; a key keeps everything; at the end everything is cleared', async ({ page }) => {
  const guard = guardPage(page, ORIGIN);
  await startInClinicMode(page);
  await page.clock.install();
  await answerSomething(page);

  await page.clock.runFor('04:50');
  await expect(warning(page)).toHaveCount(0);
  await page.clock.runFor(15_000);
  await expect(warning(page)).toBeVisible();
  await expect(warning(page)).toContainText(/cleared in (5\d|60) seconds/);
  await expect(page.getByRole('button', { name: 'I am still here' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.clock.runFor(30_000);
  await expect(warning(page)).toContainText(/cleared in (2\d|30) seconds/);

  // Any key cancels: the answers are still there.
  await page.keyboard.press('Shift');
  await expect(warning(page)).toHaveCount(0);
  await expect(page.locator('#q-age input[value="6-11"]')).toBeChecked();

  // Idle again: this time nobody answers the warning.
  await page.clock.runFor('05:01');
  await expect(warning(page)).toBeVisible();
  await page.clock.runFor('01:00');
  await expect(warning(page)).toHaveCount(0);
  await expect(page.locator('#screen-title')).toContainText('low-dose naltrexone');
  await expect(page.getByRole('radio', { name: 'Me' })).toBeChecked();
  await expect(page.getByText(BADGE, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#q-age input:checked')).toHaveCount(0);

  // The cleared app waits quietly: no warning until someone uses it again.
  await page.clock.runFor('10:00');
  await expect(warning(page)).toHaveCount(0);

  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(guard.foreignRequests).toEqual([]);
  expect(guard.errors).toEqual([]);
});

test('a click cancels the countdown too', async ({ page }) => {
  await startInClinicMode(page);
  await page.clock.install();
  await answerSomething(page);
  await page.clock.runFor('05:05');
  await expect(warning(page)).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(warning(page)).toHaveCount(0);
  await page.clock.runFor('00:58');
  await expect(page.locator('#q-age input[value="6-11"]')).toBeChecked();
});

test('no file actions and no Save as PDF; after printing, "Finish and clear" starts over for the next person', async ({ page }) => {
  const guard = guardPage(page, ORIGIN);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await startInClinicMode(page);
  await expect(page.getByRole('button', { name: 'Save answers to a file' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open saved answers' })).toHaveCount(0);
  await expect(page.getByText('nothing you enter is kept, and nothing is sent anywhere')).toBeVisible();
  await answerSomething(page);

  // Ctrl+P shows the sheet and the app's own choice of printer, never the browser's print dialog.
  await page.keyboard.press('Control+P');
  await expect(page.locator('.sheet-step')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Choose a printer' })).toBeVisible();
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByText('Your sheet was sent to Room 2 color printer. You can pick it up there.')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
  // Print is offered before the question list and after it.
  await expect(page.getByRole('button', { name: 'Print…' })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toHaveCount(0);
  await page.getByLabel('Name (optional)').fill('Alex');
  await page.getByText('Settings').click();
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await page.getByRole('button', { name: 'Terminar y borrar' }).first().click();
  // The next person starts in the machine's language, at the welcome screen, with nothing filled in.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#screen-title')).toContainText('low-dose naltrexone');
  await expect(page.getByRole('radio', { name: 'Me' })).toBeChecked();
  await page.keyboard.press('Control+P');
  await expect(page.locator('.sheet-step')).toBeVisible();
  await expect(page.getByLabel('Name (optional)')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(guard.errors).toEqual([]);
});


async function toTheSheet(page: Page, printers: 'one' | 'none' | 'two'): Promise<void> {
  await page.goto(printers === 'two' ? '/?clinic' : `/?clinic&printers=${printers}`);
  await waitForLiveApp(page);
  await expect(page.getByText(BADGE, { exact: true })).toBeVisible();
  await page.keyboard.press('Control+P');
  await expect(page.locator('.sheet-step')).toBeVisible();
}

test('the printer choice works from the keyboard, preselects the default and passes axe', async ({ page }, testInfo) => {
  const guard = guardPage(page, ORIGIN);
  await toTheSheet(page, 'two');
  const choice = page.getByRole('dialog', { name: 'Choose a printer' });
  await expect(choice).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Room 2 color printer' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Room 2 color printer' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('printer-choice.png') });
  expect(await axeViolations(page)).toEqual([]);
  // Arrow keys move between printers; Tab reaches Print; Escape closes and focus goes back to Print….
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Reception laser printer' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(choice).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print…' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Room 2 color printer' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your sheet was sent to Reception laser printer. You can pick it up there.')).toBeVisible();
  expect(guard.errors).toEqual([]);
});

test('one printer: a simple confirm', async ({ page }) => {
  await toTheSheet(page, 'one');
  await expect(page.getByRole('dialog', { name: 'Print the sheet on Reception laser printer?' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeFocused();
});

test('no real printer: a calm message to ask the staff, no print dialog, and axe passes', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    window.print = () => {
      throw new Error('the browser print dialog was opened');
    };
  });
  const guard = guardPage(page, ORIGIN);
  await toTheSheet(page, 'none');
  const note = page.getByRole('dialog', { name: 'There is no printer here' });
  await expect(note).toContainText('Please ask a staff member for a printed copy.');
  await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('no-printer.png') });
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(note).toHaveCount(0);
  expect(guard.errors).toEqual([]);
});
