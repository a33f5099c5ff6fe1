// How much a new reader has to read: the default path (a fresh start, Next only) walked in the
// production build, counting the words shown in the main area of each screen without opening
// anything (closed <details>, hidden and visually-hidden text left out). Used by
// `npm run reading-load` and by the budget test (tests/browser/reading-load.spec.ts).
import type { Page } from '@playwright/test';
import { EVIDENCE_REVIEWED_ON } from '../../shared/content/meta';
import { waitForLiveApp } from './screens';
import { seedStorage, PREFERENCES_KEY } from './seed';

import { WORDS_PER_MINUTE } from '../../shared/content/reading-time';

export { WORDS_PER_MINUTE };

export interface ScreenLoad {
  title: string;
  /** The step's key, as the app marks it on <main data-step>. */
  step: string;
  words: number;
  /** Questions the screen asks (each takes a few seconds to answer beyond its words). */
  questions: number;
}

/** The words shown now in `root` (default: the main area), as a person sees them without opening anything. */
export function shownWords(page: Page, root = 'main'): Promise<number> {
  // No named functions inside: tsx (esbuild keepNames) would wrap them in a helper the page lacks.
  return page.evaluate((selector) => {
    const main = document.querySelector(selector);
    if (!main) return 0;
    let count = 0;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (parent.closest('.visually-hidden, .step-nav')) continue;
      // Text kept for a screen reader only, in a 1-pixel clipped box (a rating's words under a shared scale).
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      // Inside a closed disclosure only its summary shows.
      let closed = false;
      for (let d = parent.closest('details'); d && !closed; d = d.parentElement?.closest('details') ?? null) {
        if (!d.open && !parent.closest('summary')?.parentElement?.isSameNode(d)) closed = true;
      }
      if (closed) continue;
      count += (n.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    }
    return count;
  }, root);
}

/** Walks the default path from a fresh start in `language`, pressing Next only; one entry per screen. */
export async function walkDefaultPath(page: Page, language: string): Promise<ScreenLoad[]> {
  await seedStorage(page, { [PREFERENCES_KEY]: JSON.stringify({ schemaVersion: 1, language }) });
  // Within the evidence review period, whenever it runs: past it the welcome adds a note.
  await page.clock.setFixedTime(new Date(`${EVIDENCE_REVIEWED_ON}T12:00:00`));
  await page.goto('/');
  // The prerendered first screen is in the default language until the app is live in the person's.
  await waitForLiveApp(page);
  await page.locator('#screen-title').waitFor();
  const screens: ScreenLoad[] = [];
  for (let i = 0; i < 60; i++) {
    const sheet = page.locator('.sheet-step');
    if ((await sheet.count()) > 0) await page.locator('.sheet-step[aria-busy="false"]').waitFor();
    screens.push({
      title: (await page.locator('#screen-title').innerText()).trim(),
      step: (await page.locator('main').getAttribute('data-step')) ?? '',
      words: await shownWords(page),
      questions: await page.locator('main .question').count(),
    });
    const next = page.locator('[data-nav="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    await page.locator('#screen-title:focus').waitFor();
  }
  return screens;
}

export const totalWords = (screens: readonly ScreenLoad[]) => screens.reduce((sum, s) => sum + s.words, 0);
export const minutesFor = (words: number) => words / WORDS_PER_MINUTE;

/** The table `npm run reading-load` prints. */
export function formatLoad(language: string, screens: readonly ScreenLoad[]): string {
  const total = totalWords(screens);
  const rows = screens.map((s, i) => `${String(i + 1).padStart(3)}  ${String(s.words).padStart(5)}  ${s.title}`);
  return [`${language}: ${screens.length} screens`, ...rows, `     ${String(total).padStart(5)}  total, ${minutesFor(total).toFixed(1)} minutes at ${WORDS_PER_MINUTE} words a minute`].join('\n');
}
