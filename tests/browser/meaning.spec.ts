// "What your answers mean" (every flag explained, with its certainty, sources and questions, and a way
// to change the answers behind it), the urgent-help alert under the self-harm question, the Urgent
// help page's numbers for the person's region, and the sheet's print actions within easy reach.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitForLiveApp } from '../support/screens';
import type { AnswersDocument } from '../../shared/answers/types';
import { keyFor, type TextRef } from '../../shared/content/text';
import { CRISIS_LISTS, emergencyPlace, type CrisisRegion } from '../../shared/crisis';
import { evaluate } from '../../shared/engine/evaluate';
import { ALWAYS_QUESTION_IDS, PRESCRIBER_QUESTIONS } from '../../shared/engine/rules';
import type { Language } from '../../shared/i18n/languages';
import { interpolate, lookup } from '../../shared/i18n/lookup';
import { guardPage } from '../support/guards';
import { answer, next } from '../support/keyboard';
import { loadLocale } from '../support/locales';
import { ORIGIN } from '../support/origin';
import { seedAnswers } from '../support/seed';

const resources = { en: loadLocale('en'), es: loadLocale('es') };
const PERSONA_DIR = 'tests/fixtures/personas';
const personas = readdirSync(PERSONA_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => path.basename(f, '.json'));

function persona(name: string): AnswersDocument {
  return JSON.parse(readFileSync(path.join(PERSONA_DIR, `${name}.json`), 'utf8')) as AnswersDocument;
}

function say(doc: AnswersDocument, ref: TextRef, params: Record<string, string | number> = {}, language: Language = 'en'): string {
  return interpolate(lookup(resources[language], keyFor(ref, doc.perspective)) ?? `MISSING ${ref.key}`, params, language);
}

async function openAt(page: Page, doc: AnswersDocument, step: string, language: Language = 'en'): Promise<void> {
  await seedAnswers(page, JSON.stringify({ ...doc, progress: { step, visited: ['welcome', step] } }), language);
  await page.goto('/');
  await waitForLiveApp(page);
  await expect(page.locator('#screen-title')).toBeVisible();
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// Together the personas fire every rule (tests/unit/shared/personas.test.ts), so this explains each one.
for (const name of personas) {
  test(`${name}: every flag is explained, with its certainty, sources and questions, in the sheet's order`, async ({ page }) => {
    const guard = guardPage(page, ORIGIN);
    const doc = persona(name);
    await openAt(page, doc, 'meaning');
    await expect(page.locator('#screen-title')).toHaveText('What your answers mean');
    const { flags } = evaluate(doc);
    const place = say(doc, emergencyPlace('US'));
    // The same order as the sheet: urgent, then raise-first, then ask-about.
    expect(await page.locator('.meaning-flag').evaluateAll((els) => els.map((e) => e.id))).toEqual(flags.map((f) => `flag-${f.id}`));
    for (const flag of flags) {
      const article = page.locator(`#flag-${flag.id}`);
      const shown = squash((await article.textContent()) ?? '');
      const params = { ...flag.params, place };
      expect(shown, `${flag.id}: title`).toContain(squash(say(doc, flag.title)));
      expect(shown, `${flag.id}: explanation`).toContain(squash(say(doc, flag.body, params)));
      expect(shown, `${flag.id}: key line`).toContain(squash(say(doc, flag.key, params)));
      for (const item of flag.items) expect(shown, `${flag.id}: listed topic`).toContain(say(doc, item));
      // A certainty label (or, for a list of the person's own answers, a plain note that it is theirs).
      await expect(article.locator('.certainty')).toHaveCount(1);
      if (flag.sourceIds.length > 0) await expect(article.locator('details.sources summary')).toBeVisible();
      for (const id of flag.questionIds) expect(shown, `${flag.id}: adds ${id}`).toContain(squash(say(doc, PRESCRIBER_QUESTIONS[id].text)));
      await expect(article.getByRole('button', { name: /^Change: / })).toHaveCount(flag.answerIds.length);
    }
    if (flags.some((f) => f.urgent)) await expect(page.locator('#flag-urgent-help')).toContainText('988');
    expect(guard.errors).toEqual([]);
  });
}

test('a source opens from a flag, as on the Learn pages', async ({ page }) => {
  await openAt(page, persona('tramadol-dental'), 'meaning');
  const article = page.locator('#flag-opioids-now');
  await article.locator('details.sources summary').click();
  await article.locator('details.sources button').first().click();
  await expect(page.locator('#screen-title')).toHaveText(/Sources|References/);
  await expect(page.locator('.reference.highlighted')).toBeFocused();
});

test('"Change" goes to the question, and comes back; a changed answer changes what the screen says', async ({ page }) => {
  await openAt(page, persona('tramadol-dental'), 'meaning');
  await page.locator('#flag-opioids-now').getByRole('button', { name: 'Change: Opioids now' }).click();
  await expect(page.locator('#q-opioidsNow input').first()).toBeFocused();
  await page.locator('#q-opioidsNow input[value="pain"]').uncheck();
  await page.locator('#q-opioidsNow input[value="none"]').check();
  await page.locator('#q-opioidsRecent input[value="no"]').check();
  await page.getByRole('button', { name: 'Back to What your answers mean' }).click();
  await expect(page.locator('#screen-title')).toHaveText('What your answers mean');
  await expect(page.locator('#screen-title')).toBeFocused();
  await expect(page.locator('#flag-opioids-now')).toHaveCount(0);
  await expect(page.locator('#flag-opioid-gap')).toHaveCount(0);
  await expect(page.locator('#flag-stimulant-side-effects')).toBeVisible();
});

// Issue 18 §5: each such answer is named once, by the flag that needs it, with its "Change" button;
// the list of answers to go over holds only those no flag names (here: none, so it is not there).
test('answers not sure, kept private or left blank are named one by one, each once', async ({ page }) => {
  await openAt(page, persona('every-other-flag'), 'meaning');
  for (const topic of ['Allergy to naltrexone or naloxone', 'Low mood', 'Opioids now', 'Pregnancy or breastfeeding', 'Past problem with opioids']) {
    await expect(page.getByRole('button', { name: `Change: ${topic}` }), topic).toHaveCount(1);
  }
  await expect(page.locator('.meaning-open')).toHaveCount(0);
});

test('when nothing fired it says so plainly, and what the sheet will still ask', async ({ page }) => {
  const calm: AnswersDocument = {
    ...persona('never-tried-medicine'),
    answers: {
      ...persona('never-tried-medicine').answers,
      pastTreatment: ['amphetamine'],
      amphetamineResponse: 'a-lot',
      amphetamineSideEffects: ['none'],
      amphetamineStopReason: 'cost-or-access',
    },
  };
  expect(evaluate(calm).flags).toEqual([]);
  await openAt(page, calm, 'meaning');
  await expect(page.getByRole('heading', { name: 'Nothing needs to be raised first' })).toBeVisible();
  for (const id of ALWAYS_QUESTION_IDS) await expect(page.locator('.meaning')).toContainText(say(calm, PRESCRIBER_QUESTIONS[id].text));
  await expect(page.locator('.meaning-flag')).toHaveCount(0);
});

test.describe('urgent help under the self-harm question', () => {
  // Every health answer given except mood and self-harm.
  const start = (): AnswersDocument => {
    const doc = persona('never-tried-medicine');
    const answers = { ...doc.answers };
    delete answers.mood;
    delete answers.selfHarm;
    return { ...doc, answers };
  };

  test('"yes", chosen by keyboard, shows a calm alert with the region\'s numbers at once; it is announced and does not block', async ({ page }) => {
    await openAt(page, start(), 'section:health');
    await page.locator('#screen-title').focus();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await answer(page, 'selfHarm', 'yes');
    // role="alert": screen readers announce it as it appears.
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Please reach out for help now');
    await expect(alert).toContainText('nearest emergency room');
    for (const line of CRISIS_LISTS.US.lines) await expect(alert).toContainText(line.number);
    // Nothing is blocked: the person can go on by keyboard.
    await next(page);
    await expect(page.locator('#screen-title')).not.toHaveText('Other health');
  });

  test('"not sure" shows it too; "no" takes it away; low mood alone gets a gentler note', async ({ page }) => {
    await openAt(page, start(), 'section:health');
    await page.locator('#q-selfHarm input[value="not-sure"]').check();
    await expect(page.getByRole('alert')).toContainText('988');
    await page.locator('#q-selfHarm input[value="no"]').check();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.locator('#q-mood input[value="yes"]').check();
    await expect(page.locator('#q-mood [role="status"]')).toContainText('worth talking about soon');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  const REGIONS: [string, CrisisRegion, Language, RegExp][] = [
    ['en-GB', 'GB', 'en', /nearest A&E/],
    ['es-ES', 'ES', 'es', /servicio de urgencias más cercano/],
    ['es-MX', 'MX', 'es', /servicio de urgencias más cercano/],
  ];
  for (const [locale, region, language, place] of REGIONS) {
    test.describe(() => {
      test.use({ locale });
      test(`in ${locale}, the numbers and words are the region's`, async ({ page }) => {
        await openAt(page, { ...start(), answers: { ...start().answers, selfHarm: 'yes' } }, 'section:health', language);
        const alert = page.getByRole('alert');
        await expect(alert).toContainText(place);
        for (const line of CRISIS_LISTS[region].lines) await expect(alert).toContainText(line.number);
      });
    });
  }
});

test('the Urgent help page lists the region\'s numbers, with a checked date, and the person can pick another country', async ({ page }) => {
  await page.goto('/');
  await waitForLiveApp(page);
  await page.getByRole('button', { name: 'Urgent help' }).click();
  await expect(page.locator('#screen-title')).toHaveText('Urgent help');
  await expect(page.locator('.crisis-lines')).toContainText('988');
  await expect(page.locator('.crisis-checked')).toContainText('Numbers checked on 2026-12-02');
  await page.getByLabel('Your country').selectOption('MX');
  await expect(page.locator('.crisis-lines')).toContainText('800 911 2000');
  await expect(page.locator('.urgent-page .lede')).toContainText('hospital emergency department');
  // Kept: a reload still shows Mexico's numbers.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ldn-decision-aid:preferences') ?? '')).toContain('"country":"MX"');
  await page.reload();
  await waitForLiveApp(page);
  await page.getByRole('button', { name: 'Urgent help' }).click();
  await expect(page.locator('.crisis-lines')).toContainText('800 911 2000');
});

test('on the sheet step, Print and Save as PDF are two key presses from the title, before the list of questions', async ({ page }) => {
  await openAt(page, persona('every-flag'), 'sheet');
  await page.locator('#screen-title').focus();
  let presses = 0;
  while (presses < 10 && !(await page.evaluate(() => document.activeElement?.matches('.print-buttons button') ?? false))) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(presses).toBeLessThanOrEqual(2);
  await expect(page.locator('.print-buttons button').first()).toHaveText(/^Print/);
  // The first Print is before the first question's buttons.
  const order = await page.evaluate(() => {
    const first = document.querySelector('.print-buttons button');
    const list = document.querySelector('.arrange-list button');
    return first && list ? first.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();
});

// Issue 18: the sheet step leads with its actions; the whole sheet, as it will print, is one activation
// away (it is printed all the same, and "What your answers mean" has just explained every flag).
test('on the sheet step, the sheet as it will print is one activation away, and printed whether shown or not', async ({ page }) => {
  await openAt(page, persona('every-flag'), 'sheet');
  const toggle = page.getByRole('button', { name: 'How the sheet will look' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.sheet')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sheet')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.sheet')).toBeVisible();
  await expect(page.locator('.sheet')).toContainText('My questions');
});

// Issue 18: the arrange buttons are a symbol each on screen (twelve questions with four worded buttons
// each were a wall of words), named in full for a screen reader and in a tooltip; they still work.
test('on the sheet step, the arrange buttons are symbols named in full, and they star, move and remove', async ({ page }) => {
  await openAt(page, persona('every-flag'), 'sheet');
  const texts = () => page.locator('.arrange-list').first().locator('li .arrange-text').allInnerTexts();
  const before = await texts();
  const last = before.at(-1) ?? '';
  const star = page.getByRole('button', { name: `Star: ${last}` });
  await expect(star.locator('[aria-hidden="true"]')).toHaveText('☆');
  await expect(star).toHaveAttribute('title', 'Star');
  await star.click();
  // Starred: it goes up, among the starred ones first, marked.
  const starredAt = (await texts()).findIndex((t) => t.includes(last));
  expect(starredAt).toBeLessThan(before.length - 1);
  expect((await texts())[starredAt]).toMatch(/^★/);
  await expect(page.getByRole('button', { name: `Star: ${last}` })).toHaveAttribute('aria-pressed', 'true');
  const second = ((await texts())[1] ?? '').replace(/^★\s*/, '');
  await page.getByRole('button', { name: `Move up: ${second}` }).click();
  expect((await texts())[0]).toContain(second);
  const removable = page.locator('.arrange-list li').filter({ has: page.getByRole('button', { name: /^Remove: / }) }).first();
  const removed = (await removable.locator('.arrange-text').innerText()).trim();
  await page.getByRole('button', { name: `Remove: ${removed}` }).click();
  await expect(page.locator('.arrange-list li').filter({ hasText: removed }).getByRole('button', { name: /^Put back/ })).toBeVisible();
  expect(await texts()).not.toContain(removed);
});

// An urgent flag says what to do and the numbers to call first; the shared note that leaflets list
// suicidal thoughts (said once on the screen, issue 18 §5) comes after them, not in bold.
test('the urgent flag leads with what to do and the numbers; the leaflet note follows them', async ({ page }) => {
  await openAt(page, persona('every-flag'), 'meaning');
  const urgent = page.locator('#flag-urgent-help');
  const order = await urgent.evaluate((article) => {
    const lines = article.querySelector('.crisis-lines');
    const note = [...article.querySelectorAll('p')].find((p) => /suicidal thoughts/.test(p.textContent ?? ''));
    return {
      numbersFirst: Boolean(lines && note && lines.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING),
      bold: Boolean(note?.querySelector('strong')),
    };
  });
  expect(order).toEqual({ numbersFirst: true, bold: false });
  // Said once: the low-mood flag points back to it.
  await expect(page.locator('#flag-low-mood')).toContainText('The note above about suicidal thoughts applies here too.');
  await expect(page.locator('#flag-low-mood')).not.toContainText('leaflets list');
});
