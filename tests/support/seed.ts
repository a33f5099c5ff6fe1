// Puts saved data in the page's localStorage before the app starts, once per test (not again on
// reload, so a test can check what the app itself saved).
import type { Page } from '@playwright/test';

export const ANSWERS_KEY = 'ldn-decision-aid:answers';
export const PREFERENCES_KEY = 'ldn-decision-aid:preferences';

export async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

/** Answers and (optionally) the app language, as the walkthrough itself would have saved them. */
export function seedAnswers(page: Page, answers: string, language?: string): Promise<void> {
  return seedStorage(page, {
    [ANSWERS_KEY]: answers,
    ...(language ? { [PREFERENCES_KEY]: JSON.stringify({ schemaVersion: 1, language }) } : {}),
  });
}
