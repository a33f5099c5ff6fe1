// axe-core, run in the page itself. The app has no frames, so one axe.run covers the whole document.
// (@axe-core/playwright's AxeBuilder runs each frame apart and then finishes in a new blank page:
// about 2 s a check on this machine, against about 0.5 s.) The script goes into a document once; the
// app moves between screens without reloading, so a walk through many screens pays for it once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** The WCAG levels checked: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeInPage = { axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };

/** What axe finds on the page as it is now, against WCAG: one line per rule, "rule (impact): where". */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeInPage).axe)))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as AxeInPage).axe;
    if (!axe) throw new Error('axe-core did not load in the page');
    // Only violations are read: axe then skips collecting the details of what passed.
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG);
}
