// The whole walkthrough, by keyboard only, for three personas; then what the sheet preview shows
// is checked against the shared sheet model for the answers the page saved.
import { expect, test, type Page } from '@playwright/test';
import { openScreen, waitForLiveApp } from '../support/screens';
import type { AnswersDocument } from '../../shared/answers/types';
import { LEARN_PAGE_IDS } from '../../shared/learn/pages';
import { buildSheetModel } from '../../shared/sheet/model';
import { guardPage } from '../support/guards';
import { answer, currentTitle, next } from '../support/keyboard';
import { ORIGIN } from '../support/origin';

type Step = { title?: RegExp; answers?: [string, string][] };

async function savedDocument(page: Page): Promise<AnswersDocument> {
  await expect(page.getByText('All changes saved')).toBeVisible();
  return page.evaluate(() => JSON.parse(localStorage.getItem('ldn-decision-aid:answers') ?? 'null') as AnswersDocument);
}

async function walk(page: Page, perspective: 'self' | 'child', steps: Step[]): Promise<void> {
  await page.goto('/');
  await waitForLiveApp(page);
  await expect(page.locator('#screen-title')).toBeVisible();
  await page.locator('#screen-title').focus();
  await answer(page, 'perspective', perspective);
  await next(page);
  for (const step of steps) {
    if (step.title) expect(await currentTitle(page)).toMatch(step.title);
    for (const [question, value] of step.answers ?? []) await answer(page, question, value);
    await next(page);
  }
}

async function expectSheetMatchesModel(page: Page, doc: AnswersDocument): Promise<void> {
  const model = buildSheetModel(doc);
  // Every flag keeps its line on the sheet: the urgent one in the urgent-help box, then raise-first, then "also to talk about".
  const expectedFlags = [
    ...(model.urgentHelp?.flag ? [model.urgentHelp.flag.id] : []),
    ...model.sections.flatMap((s) => (s.kind === 'raise-first' || s.kind === 'also-discuss' ? s.flags.map((f) => f.id) : [])),
  ];
  const questions = model.sections.find((s) => s.kind === 'questions');
  const expectedQuestions = questions && questions.kind === 'questions' ? questions.items.map((q) => q.id) : [];
  await expect(page.locator('.sheet-step')).toBeVisible();
  expect(await page.locator('[data-flag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')))).toEqual(expectedFlags);
  expect(await page.locator('[data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')))).toEqual(expectedQuestions);
}

// Every Learn page, then the options side by side.
const LEARN_STEPS: Step[] = Array.from({ length: LEARN_PAGE_IDS.length + 1 }, () => ({}));
const MEANING: Step = { title: /What your answers mean/ };

// Each whole walk is some 20 screens by keyboard: about 12 s on a quiet machine, over 30 s on a loaded one.
test.describe.configure({ timeout: 90_000 });

test('an adult on tramadol after dental work completes it by keyboard; opioid safety comes first on the sheet', async ({ page }) => {
  const guard = guardPage(page, ORIGIN);
  await walk(page, 'self', [
    { title: /Background/, answers: [['age', '18-plus'], ['diagnosis', 'yes'], ['currentTreatment', 'none']] },
    { answers: [['pastTreatment', 'none']] },
    { answers: [['opioidsNow', 'pain'], ['opioidsRecent', 'yes'], ['opioidsRecentKind', 'short-acting'], ['opioidsExpected', 'dental'], ['oudHistory', 'no']] },
    { answers: [['liver', 'none'], ['alcohol', 'moderate'], ['kidney', 'no'], ['pregnancy', 'none'], ['allergy', 'no'], ['thyroid', 'no'], ['sleep', 'no'], ['mood', 'no'], ['selfHarm', 'no']] },
    ...LEARN_STEPS,
    { answers: [['valueEvidence', '5'], ['valueSideEffects', '4']] },
    { answers: [['knowAdhdStudies', 'none'], ['knowOpioids', 'blocked']] },
    { answers: [['leaning', 'ask-ldn']] },
    { title: /Check your answers/ },
    MEANING,
  ]);
  expect(await currentTitle(page)).toMatch(/discussion sheet/i);
  const doc = await savedDocument(page);
  expect(doc.answers).toMatchObject({ opioidsNow: ['pain'], opioidsExpected: ['dental'], leaning: 'ask-ldn', valueEvidence: '5' });
  await expectSheetMatchesModel(page, doc);
  expect(await page.locator('[data-flag]').first().getAttribute('data-flag')).toBe('opioids-now');
  expect(guard.foreignRequests).toEqual([]);
  expect(guard.errors).toEqual([]);
});

test('a parent of a 5-year-old completes it by keyboard; the text speaks about the child', async ({ page }) => {
  await walk(page, 'child', [
    { title: /Background/, answers: [['age', 'under-6'], ['diagnosis', 'not-sure'], ['currentTreatment', 'behavioural']] },
    { answers: [['pastTreatment', 'none'], ['behaviouralResponse', 'some']] },
    { answers: [['opioidsNow', 'none'], ['opioidsRecent', 'no'], ['opioidsExpected', 'none']] },
    { answers: [['liver', 'none'], ['kidney', 'no'], ['allergy', 'no']] },
    ...LEARN_STEPS,
    {},
    {},
    { answers: [['leaning', 'other-options']] },
    {},
    MEANING,
  ]);
  const doc = await savedDocument(page);
  expect(doc.perspective).toBe('child');
  expect(doc.answers).toMatchObject({ age: 'under-6', currentTreatment: ['behavioural'] });
  expect(doc.answers.pregnancy).toBeUndefined();
  await expectSheetMatchesModel(page, doc);
  await expect(page.locator('.sheet')).toContainText(/child/i);
});

test('an adult who is not sure about anything gets questions, not silence', async ({ page }) => {
  await walk(page, 'self', [
    { answers: [['age', '18-plus'], ['diagnosis', 'not-sure'], ['currentTreatment', 'not-sure']] },
    { answers: [['pastTreatment', 'not-sure']] },
    { answers: [['opioidsNow', 'not-sure'], ['opioidsRecent', 'not-sure'], ['opioidsExpected', 'not-sure'], ['oudHistory', 'not-sure']] },
    { answers: [['liver', 'not-sure'], ['alcohol', 'not-sure'], ['kidney', 'not-sure'], ['allergy', 'not-sure']] },
    ...LEARN_STEPS,
    {},
    {},
    { answers: [['leaning', 'not-sure']] },
    {},
    MEANING,
  ]);
  const doc = await savedDocument(page);
  await expectSheetMatchesModel(page, doc);
  const flags = await page.locator('[data-flag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')));
  expect(flags).toContain('opioid-unsure');
  expect(await page.locator('[data-question]').count()).toBeGreaterThan(5);
});

test('answers and the place in the walkthrough survive a reload; a language switch keeps every answer', async ({ page }) => {
  await walk(page, 'self', [{ answers: [['age', '18-plus'], ['diagnosis', 'yes'], ['currentTreatment', 'methylphenidate']] }, { answers: [['pastTreatment', 'amphetamine']] }]);
  const title = await currentTitle(page);
  const before = await savedDocument(page);
  await page.reload();
  await waitForLiveApp(page);
  // Back at the same step (the one after "past treatment"), with every answer in place.
  await expect(page.locator('#screen-title')).toHaveText(title);
  await page.locator('[data-nav="back"]').click();
  await expect(page.locator('#q-pastTreatment input[value="amphetamine"]')).toBeChecked();
  await page.locator('[data-nav="back"]').click();
  await expect(page.locator('#q-age input[value="18-plus"]')).toBeChecked();
  await expect(page.locator('#q-currentTreatment input[value="methylphenidate"]')).toBeChecked();

  await page.getByText('Settings').click();
  await page.getByLabel('Language').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('#q-age input[value="18-plus"]')).toBeChecked();
  await expect(page.locator('#q-diagnosis input[value="yes"]')).toBeChecked();
  await expect(page.locator('#q-currentTreatment input[value="methylphenidate"]')).toBeChecked();
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('ldn-decision-aid:answers') ?? 'null') as AnswersDocument);
  expect(after.answers).toEqual(before.answers);
});

test('Ctrl+P from any screen shows the sheet and prints it, not a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto('/');
  await waitForLiveApp(page);
  await page.locator('[data-nav="next"]').click();
  await expect(page.locator('#q-age')).toBeVisible();
  await page.keyboard.press('Control+P');
  await expect(page.locator('.sheet-step')).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('a screen whose code is still on its way says so, then appears with focus on its title', async ({ page }) => {
  const guard = guardPage(page, ORIGIN);
  // Hold the first section's code back until the waiting message has been seen.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/SectionScreen-*.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/');
  await waitForLiveApp(page);
  const title = page.locator('#screen-title');
  await expect(title).toContainText('low-dose naltrexone');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  release();
  await expect(title).toBeVisible();
  await expect(title).not.toContainText('low-dose naltrexone');
  await expect(title).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  expect(guard.foreignRequests).toEqual([]);
  expect(guard.errors).toEqual([]);
});

// Issue 18: ratings on one scale say the scale's words once, above them, where the row fits; each
// button keeps its own name for a screen reader, and the whole cell can be clicked. In a narrow
// window each rating shows its words again.
test('"What matters to you": the rating scale is said once where it fits, and each rating still works and is named', async ({ page }) => {
  await openScreen(page, { kind: 'step', id: 'section:values' });
  const scale = page.locator('.rating-scale');
  await expect(scale).toBeVisible();
  await expect(scale).toHaveText('Not at allA littleSomeA lotVery muchNot sure');
  const first = page.locator('.question-rating').first();
  await expect(first.locator('.rating-label').first()).toHaveCSS('clip-path', 'inset(50%)');
  // The button is named by its own words; a click anywhere in its cell chooses it.
  const some = first.getByRole('radio', { name: 'Some' });
  const cell = first.locator('.option').filter({ has: page.getByRole('radio', { name: 'Some' }) });
  const box = await cell.boundingBox();
  if (!box) throw new Error('no cell');
  await page.mouse.click(box.x + box.width / 2, box.y + 4);
  await expect(some).toBeChecked();
  await page.setViewportSize({ width: 400, height: 800 });
  await expect(scale).toBeHidden();
  await expect(first.getByText('Very much')).toBeVisible();
});
