// The page scripts of the desktop app's `--self-test` (electron/logic/self-test.ts), run against the
// real renderer build in Chromium: they must walk every step to the sheet, and the sheet must render
// to a PDF. (The Electron wiring of the self-test is tested through the harness in tests/unit.)
// Also here: text the person typed is bidi-isolated where the sheet shows and prints it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { NEXT_SCRIPT, PROBE_SCRIPT, runSelfTest } from '../../electron/logic/self-test';
import { waitForLiveApp } from '../support/screens';
import { seedAnswers } from '../support/seed';

test('the self-test walks every step to the sheet and renders it to a PDF', async ({ page }, testInfo) => {
  await page.goto('/');
  const result = await runSelfTest(
    { evaluate: (script) => page.evaluate(script), printToPdf: () => page.pdf({ printBackground: true }) },
    {
      writePdf: async (pdf) => {
        const file = testInfo.outputPath('self-test-sheet.pdf');
        await import('node:fs/promises').then((fs) => fs.writeFile(file, pdf));
        return file;
      },
    },
  );
  expect(result).toMatchObject({ ok: true });
  if (!result.ok) return;
  expect(result.steps.length).toBeGreaterThan(10);
  expect(new Set(result.steps).size).toBe(result.steps.length);
  expect(readFileSync(result.pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('text the person typed is isolated on the review screen and the sheet', async ({ page }) => {
  const rtl = 'هل يناسبني؟ (123)';
  const doc = JSON.parse(readFileSync('tests/fixtures/personas/every-flag.json', 'utf8')) as { ownQuestions: { id: string; text: string }[]; answers: Record<string, unknown> };
  doc.ownQuestions = [{ id: 'own-1', text: rtl }];
  doc.answers['otherTreatment'] = `${rtl} omega-3`;
  await seedAnswers(page, JSON.stringify(doc));
  await page.goto('/');
  await waitForLiveApp(page);
  const isolated = (text: string) =>
    page.evaluate((t) => [...document.querySelectorAll('bdi.typed-text')].filter((e) => e.textContent === t).map((e) => getComputedStyle(e).unicodeBidi), text);
  const seen = { review: false, sheet: false };
  for (let i = 0; i < 60 && !seen.sheet; i += 1) {
    await expect(page.locator('#screen-title')).toBeVisible();
    const probe = (await page.evaluate(PROBE_SCRIPT)) as { isSheet: boolean };
    if ((await page.locator('.review-list').count()) > 0) {
      expect(await isolated(`${rtl} omega-3`)).toEqual(['isolate']);
      seen.review = true;
    }
    if (probe.isSheet) {
      await expect(page.locator('.sheet-step')).toHaveAttribute('aria-busy', 'false');
      // On the sheet (screen and print) and in the arrange list.
      expect((await isolated(rtl)).length).toBeGreaterThanOrEqual(2);
      expect(await isolated(rtl)).toEqual(expect.arrayContaining(['isolate']));
      expect(await isolated(`${rtl} omega-3`)).toEqual(['isolate']);
      seen.sheet = true;
      break;
    }
    const title = await page.locator('#screen-title').textContent();
    await page.evaluate(NEXT_SCRIPT);
    await expect(page.locator('#screen-title')).not.toHaveText(title ?? '');
  }
  expect(seen).toEqual({ review: true, sheet: true });
});
