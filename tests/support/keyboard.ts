// Driving the walkthrough the way a keyboard-only user does: Tab to a control, Space or the arrow
// keys to choose, Enter to press a button. No clicks.
import { expect, type Page } from '@playwright/test';

const MAX_TABS = 400;

async function focusedMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/** Presses Tab until the focused element matches the selector. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < MAX_TABS; i += 1) {
    if (await focusedMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Chooses an option of a question (radio or checkbox) or types into a text question. */
export async function answer(page: Page, questionId: string, value: string): Promise<void> {
  const group = `#q-${questionId}`;
  await expect(page.locator(group)).toBeVisible();
  const textarea = page.locator(`${group} textarea`);
  if ((await textarea.count()) > 0) {
    await tabTo(page, `${group} textarea`);
    await page.keyboard.type(value);
    return;
  }
  const target = `${group} input[value="${value}"]`;
  const type = await page.locator(target).getAttribute('type');
  if (type === 'checkbox') {
    await tabTo(page, target);
    await page.keyboard.press('Space');
    await expect(page.locator(target)).toBeChecked();
    return;
  }
  // A radio group is one Tab stop; the arrow keys move through it and choose.
  await tabTo(page, `${group} input`);
  for (let i = 0; i < 20 && !(await focusedMatches(page, target)); i += 1) await page.keyboard.press('ArrowDown');
  if (!(await page.locator(target).isChecked())) await page.keyboard.press('Space');
  await expect(page.locator(target)).toBeChecked();
}

/** Moves to the next step with the keyboard and waits for its heading to take focus. */
export async function next(page: Page): Promise<void> {
  await tabTo(page, '[data-nav="next"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#screen-title')).toBeFocused();
}

export async function currentTitle(page: Page): Promise<string> {
  return (await page.locator('#screen-title').textContent()) ?? '';
}
