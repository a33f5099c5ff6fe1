// Every screen of the app, for tests that look at each one: the walkthrough's steps as the app
// itself lists them (renderer/src/walkthrough/steps.ts, so a new step is covered without editing the
// tests) and the information pages, opened with the answers of a persona.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { AnswersDocument } from '../../shared/answers/types';
import { APP_LIVE_ATTRIBUTE } from '../../shared/app-live';
import { PSEUDO_RTL_FLAG } from '../../renderer/src/pseudo-rtl';
import { stepKey, stepsFor } from '../../renderer/src/walkthrough/steps';
import { seedAnswers } from './seed';

export const INFO_PAGES = ['help', 'references', 'about'] as const;

export type AppScreen = { kind: 'step'; id: string } | { kind: 'page'; id: (typeof INFO_PAGES)[number] };

export const PERSONA_FILE = 'tests/fixtures/personas/every-flag.json';
export const persona = (file = PERSONA_FILE) => JSON.parse(readFileSync(file, 'utf8')) as AnswersDocument;

export function allScreens(doc: AnswersDocument = persona()): AppScreen[] {
  return [...stepsFor(doc).map((step) => ({ kind: 'step' as const, id: stepKey(step) })), ...INFO_PAGES.map((id) => ({ kind: 'page' as const, id }))];
}

/** A file-name-safe name for a screen ("section:about" → "section-about"). */
export const screenName = (screen: AppScreen) => `${screen.kind === 'page' ? 'page-' : ''}${screen.id.replace(/[^a-z0-9-]/gi, '-')}`;

/** The test-only right-to-left pseudo-locale (renderer/src/pseudo-rtl.ts), set before the app starts. */
export async function usePseudoRtl(page: Page): Promise<void> {
  await page.addInitScript((flag) => Object.defineProperty(window, flag, { value: true }), PSEUDO_RTL_FLAG);
}

/** Opens the app on a screen, with the persona's answers and every step visited; waits until its text, fonts and sheet are in. */
export async function openScreen(page: Page, screen: AppScreen, options: { doc?: AnswersDocument; language?: string } = {}): Promise<void> {
  const doc = options.doc ?? persona();
  const steps = stepsFor(doc).map(stepKey);
  const step = screen.kind === 'step' ? screen.id : 'welcome';
  await seedAnswers(page, JSON.stringify({ ...doc, progress: { step, visited: steps } }), options.language ?? 'en');
  await page.goto('/');
  await waitForLiveApp(page);
  if (screen.kind === 'page') {
    await page.locator('.app-nav button').nth(INFO_PAGES.indexOf(screen.id)).click();
    await expect(page.locator('#screen-title')).toBeFocused();
    // Back at the top, as a person arriving on the page sees it.
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  if ((await page.locator('.sheet-step').count()) > 0) await expect(page.locator('.sheet-step')).toHaveAttribute('aria-busy', 'false');
  await page.evaluate(() => document.fonts.ready);
}

/** After `page.goto`: the app has taken over from the prerendered first screen, so clicks work and the screen is the real one. */
export async function waitForLiveApp(page: Page): Promise<void> {
  await expect(page.locator(`html[${APP_LIVE_ATTRIBUTE}]`)).toHaveCount(1, { timeout: 15_000 });
  await expect(page.locator('#screen-title')).toBeVisible();
}
