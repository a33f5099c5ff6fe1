// "Read aloud" with a fake speechSynthesis (tests/support/fake-speech.ts): what is read and in which
// language, the highlight, pause, resume and stop, the shortcut, the reading speed, and that a
// remote voice is never used.
import { expect, test, type Page } from '@playwright/test';
import { openScreen, waitForLiveApp } from '../support/screens';
import { readFileSync } from 'node:fs';
import { calls, finishSentence, highlighted, installFakeSpeech, LOCAL_ENGLISH, LOCAL_SPANISH, spoken, type FakeVoice } from '../support/fake-speech';
import { loadLocale } from '../support/locales';
import { seedAnswers } from '../support/seed';

const en = loadLocale('en').common as Record<string, Record<string, string>>;
const es = loadLocale('es').common as Record<string, Record<string, string>>;
const REMOTE_SPANISH: FakeVoice = { name: 'Online Spanish', lang: 'es-ES', localService: false, default: true };
const REMOTE_ENGLISH: FakeVoice = { name: 'Online English', lang: 'en-US', localService: false, default: true };

const toggle = (page: Page) => page.locator('[data-read-aloud-action="toggle"]');
const stopButton = (page: Page) => page.locator('[data-read-aloud-action="stop"]');

/** Lets the fake voice finish every sentence; returns everything read. */
async function readToTheEnd(page: Page, startLabel = en.readAloud?.start, maxSentences = 100): Promise<string[]> {
  for (let i = 0; i < maxSentences && (await toggle(page).textContent()) !== startLabel; i += 1) await finishSentence(page);
  await expect(toggle(page)).toHaveText(startLabel ?? '?');
  return (await spoken(page)).map((s) => s.text);
}

test('reads the heading and the main text of the screen, in English, sentence by sentence, highlighting each', async ({ page }) => {
  await installFakeSpeech(page, [LOCAL_SPANISH, LOCAL_ENGLISH]);
  await page.goto('/');
  await waitForLiveApp(page);
  await expect(toggle(page)).toHaveText('Read aloud');
  await toggle(page).click();

  const first = (await spoken(page))[0];
  expect(first).toEqual({ text: en.welcome?.title, lang: 'en', voice: 'Local English', voiceIsLocal: true, rate: 1 });
  expect(await highlighted(page)).toBe(en.welcome?.title);
  await expect(toggle(page)).toHaveText('Pause reading');

  // The lede (the decision) is one sentence; the next fact is highlighted while it is read.
  await finishSentence(page);
  expect((await spoken(page))[1]?.text).toBe(en.welcome?.decision);
  expect(await highlighted(page)).toBe(en.welcome?.decision);
  await page.screenshot({ path: 'test-results/read-aloud-highlight.png' });

  const all = await readToTheEnd(page);
  expect(all).toContain('You can stop and come back.');
  expect(all).toContain('It is not medical advice.');
  expect(all).toContain(en.perspective?.label);
  // Not the navigation, the buttons, the settings or the read-aloud control itself.
  for (const notRead of [en.nav?.help, en.nav?.references, en.walkthrough?.start, en.app?.skipToContent, en.settings?.title, 'Read aloud', 'Shortcut: Alt+Shift+R']) {
    expect(all.some((text) => text.includes(notRead ?? '?')), `"${notRead}" is not read`).toBe(false);
  }
  expect(new Set((await spoken(page)).map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set(['en Local English']));
  // Done: the highlight is gone and the control is ready to start again.
  expect(await highlighted(page)).toBeNull();
  await expect(toggle(page)).toHaveText('Read aloud');
  await expect(stopButton(page)).toHaveCount(0);
});

test('reads in Spanish with a Spanish voice when the screen is in Spanish', async ({ page }) => {
  await installFakeSpeech(page, [LOCAL_ENGLISH, LOCAL_SPANISH]);
  await seedAnswers(page, readFileSync('tests/fixtures/personas/typical-one-page.json', 'utf8'), 'es');
  await page.goto('/');
  await waitForLiveApp(page);
  await expect(toggle(page)).toHaveText(es.readAloud?.start ?? '?');
  await toggle(page).click();
  expect((await spoken(page))[0]).toMatchObject({ text: es.welcome?.title, lang: 'es', voice: 'Local Spanish' });
  await readToTheEnd(page, es.readAloud?.start);
  expect(new Set((await spoken(page)).map((s) => s.voice))).toEqual(new Set(['Local Spanish']));
});

test('pause, resume and stop, with the buttons and with the keyboard shortcut', async ({ page }) => {
  await installFakeSpeech(page, [LOCAL_ENGLISH]);
  await page.goto('/');
  await waitForLiveApp(page);
  await expect(toggle(page)).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+R');
  await page.keyboard.press('Alt+Shift+R');
  await expect(toggle(page)).toHaveText('Pause reading');
  expect(await spoken(page)).toHaveLength(1);

  await page.keyboard.press('Alt+Shift+R');
  await expect(toggle(page)).toHaveText('Resume reading');
  expect(await calls(page)).toContain('pause');
  // Still highlighted while paused.
  expect(await highlighted(page)).toBe(en.welcome?.title);

  await toggle(page).click();
  await expect(toggle(page)).toHaveText('Pause reading');
  expect((await calls(page)).at(-1)).toBe('resume');

  await stopButton(page).click();
  await expect(toggle(page)).toHaveText('Read aloud');
  expect((await calls(page)).at(-1)).toBe('cancel');
  expect(await highlighted(page)).toBeNull();
  // A sentence ending after the stop does not start the next one.
  await finishSentence(page);
  expect(await spoken(page)).toHaveLength(1);
});

test('leaving the screen stops the reading', async ({ page }) => {
  await installFakeSpeech(page, [LOCAL_ENGLISH]);
  await page.goto('/');
  await waitForLiveApp(page);
  await toggle(page).click();
  await page.locator('[data-nav="next"]').click();
  await expect(page.locator('#screen-title')).toBeFocused();
  expect((await calls(page)).at(-1)).toBe('cancel');
  expect(await highlighted(page)).toBeNull();
  await expect(toggle(page)).toHaveText('Read aloud');
});

test('the reading speed from Settings is the speech rate, and is remembered', async ({ page }) => {
  await installFakeSpeech(page, [LOCAL_ENGLISH]);
  await page.goto('/');
  await waitForLiveApp(page);
  await page.locator('details.settings summary').click();
  await page.getByLabel(en.settings?.readingSpeed ?? '?').selectOption('slower');
  await page.reload();
  await waitForLiveApp(page);
  await toggle(page).click();
  expect((await spoken(page))[0]?.rate).toBe(0.7);
});

test('a remote voice is never used: with only a remote voice there is no button, and Settings says why', async ({ page }) => {
  await installFakeSpeech(page, [REMOTE_SPANISH, LOCAL_ENGLISH]);
  await seedAnswers(page, readFileSync('tests/fixtures/personas/typical-one-page.json', 'utf8'), 'es');
  await page.goto('/');
  await waitForLiveApp(page);
  await expect(page.locator('#screen-title')).toBeVisible();
  await expect(toggle(page)).toHaveCount(0);
  await page.keyboard.press('Alt+Shift+R');
  await page.locator('details.settings summary').click();
  await expect(page.getByTestId('no-voice')).toContainText('español');
  await expect(page.getByLabel(es.settings?.readingSpeed ?? '?')).toHaveAccessibleDescription(/sin internet/);
  expect(await spoken(page)).toEqual([]);
});

test('a remote voice is never used, even when it is the default: the local one reads', async ({ page }) => {
  await installFakeSpeech(page, [REMOTE_ENGLISH, { ...LOCAL_ENGLISH, default: false }]);
  await page.goto('/');
  await waitForLiveApp(page);
  await toggle(page).click();
  await readToTheEnd(page);
  const voices = new Set((await spoken(page)).map((s) => s.voiceIsLocal));
  expect(voices).toEqual(new Set([true]));
  await page.locator('details.settings summary').click();
  await expect(page.getByTestId('no-voice')).toHaveCount(0);
});

test('with no speech at all in the browser, nothing breaks and Settings says why', async ({ page }) => {
  await installFakeSpeech(page, []);
  await page.goto('/');
  await waitForLiveApp(page);
  await expect(page.locator('#screen-title')).toBeVisible();
  await expect(toggle(page)).toHaveCount(0);
  await page.locator('details.settings summary').click();
  await expect(page.getByTestId('no-voice')).toContainText('English voice');
});

test('on the options grid, reads the short answers, and a cell\'s full evidence once it is opened', async ({ page }) => {
  // The whole grid is over a hundred sentences, each finished one by one.
  test.setTimeout(120_000);
  await installFakeSpeech(page, [LOCAL_ENGLISH]);
  await openScreen(page, { kind: 'step', id: 'options' });
  const short = 'No published study has tested LDN for ADHD.';
  const full = 'For ADHD, the benefit is unknown.';
  await toggle(page).click();
  const closed = (await readToTheEnd(page, en.readAloud?.start, 400)).join(' ');
  expect(closed).toContain(short);
  expect(closed).not.toContain(full);
  await page.locator('details.cell-evidence > summary').first().click();
  await toggle(page).click();
  expect((await readToTheEnd(page, en.readAloud?.start, 400)).join(' ')).toContain(full);
});

// Listening, a cell's answer means nothing without its question: each cell is read after its row's
// question, in the side-by-side layout and in the one-card-per-option layout alike.
for (const width of [1280, 800]) {
  test(`on the options grid at ${width} px, each short answer is read after its question`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await installFakeSpeech(page, [LOCAL_ENGLISH]);
    await openScreen(page, { kind: 'step', id: 'options' });
    const learn = loadLocale('en').learn as Record<string, Record<string, string>>;
    const questions = [en.options?.what, ...['benefits', 'harms', 'certainty', 'dailyLife', 'costRules'].map((a) => learn.aspects?.[a])];
    await toggle(page).click();
    const read = await readToTheEnd(page, en.readAloud?.start, 400);
    const options = await page.locator('.option-grid tbody th').count();
    expect(options).toBe(5);
    for (const question of questions) expect(read.filter((s) => s === question), String(question)).toHaveLength(options);
    // The first option's answers follow its name, each after its question.
    const ldn = read.indexOf((await page.locator('.option-grid tbody th').first().textContent()) ?? '?');
    expect(read[ldn + 1]).toBe(questions[0]);
  });
}
