// Issue 18's budgets for a reader with ADHD: the default path (fresh start, Next only, nothing
// opened) stays short enough to finish, no single screen is a wall of text, and no two screens
// share a title. `npm run reading-load` prints the same counts.
import { expect, test } from '@playwright/test';
import { walkDefaultPath } from '../support/reading-load';

for (const language of ['en', 'es'] as const) {
  test(`reading load (${language}): every screen title on the default path is unique`, async ({ page }) => {
    const titles = (await walkDefaultPath(page, language)).map((s) => s.title);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i), 'screen titles used twice').toEqual([]);
  });
}
