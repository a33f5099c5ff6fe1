// The printed sheet, for every persona, on Letter and A4: made with the same PDF options the
// Electron app uses, read back with poppler's pdftotext, and checked against the sheet model.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AnswersDocument } from '../../shared/answers/types';
import { keyFor, type TextRef } from '../../shared/content/text';
import { RULES } from '../../shared/engine/rules';
import type { Language } from '../../shared/i18n/languages';
import { interpolate, lookup } from '../../shared/i18n/lookup';
import { sheetPdfSpec, toPlaywrightPdfOptions } from '../../shared/print/pdf';
import type { PaperSize } from '../../shared/print/paper';
import { buildSheetModel } from '../../shared/sheet/model';
import { PERSONA_EXPECTATIONS } from '../fixtures/personas/expectations';
import { loadLocale } from '../support/locales';
import { seedAnswers } from '../support/seed';

const resources = { en: loadLocale('en'), es: loadLocale('es') };

const PERSONA_DIR = 'tests/fixtures/personas';
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
test.skip(!hasPoppler, "poppler's pdftotext is not installed (Debian/Ubuntu: apt-get install poppler-utils); .ci/run installs it");
const OUT = 'test-results/sheets';
mkdirSync(OUT, { recursive: true });

/** Personas whose sheet may take two pages; every other one must fit on one. */
const TWO_PAGES_ALLOWED = new Set(['every-flag', 'not-sure-everywhere']);

function say(language: Language, doc: AnswersDocument, ref: TextRef, params: Record<string, string | number> = {}): string {
  const text = lookup(resources[language], keyFor(ref, doc.perspective)) ?? `MISSING ${ref.key}`;
  return interpolate(text, params, language);
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

function common(language: Language, key: string, params: Record<string, string | number> = {}): string {
  return interpolate(lookup(resources[language], `common:${key}`) ?? key, params, language);
}

async function openSheet(page: Page, doc: AnswersDocument, language: Language): Promise<void> {
  const seeded = { ...doc, progress: { step: 'sheet', visited: ['welcome', 'sheet'] } };
  await seedAnswers(page, JSON.stringify(seeded), language);
  await page.goto('/');
  await expect(page.locator('.sheet')).toBeVisible();
  // The sheet's text (in its own language, which may not be the app's) has arrived.
  await expect(page.locator('.sheet-step')).toHaveAttribute('aria-busy', 'false');
  await page.evaluate(() => document.fonts.ready);
}

async function printPdf(page: Page, file: string, paper: PaperSize, language: Language): Promise<{ text: string; pages: number }> {
  const spec = sheetPdfSpec(paper, common(language, 'print.pageLabel'), common(language, 'print.footerLeft', { version: '1.0.0' }));
  await page.pdf({ path: file, ...toPlaywrightPdfOptions(spec) });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

const personas = readdirSync(PERSONA_DIR).filter((f) => f.endsWith('.json')).map((f) => path.basename(f, '.json'));

for (const persona of personas) {
  for (const paper of ['Letter', 'A4'] as const) {
    test(`${persona}: the ${paper} sheet has every safety point and question it should, and fits`, async ({ page }) => {
      const doc = JSON.parse(readFileSync(path.join(PERSONA_DIR, `${persona}.json`), 'utf8')) as AnswersDocument;
      await openSheet(page, doc, 'en');
      const { text, pages } = await printPdf(page, path.join(OUT, `${persona}-${paper}.pdf`), paper, 'en');
      const printed = normalise(text);
      const model = buildSheetModel(doc);

      const raiseFirst = model.sections.find((s) => s.kind === 'raise-first');
      const fired = raiseFirst?.kind === 'raise-first' ? raiseFirst.flags : [];
      for (const flag of fired) expect(printed, `flag ${flag.id}`).toContain(normalise(say('en', doc, flag.title)));
      // A raise-first flag that did not fire must not be printed.
      for (const rule of RULES.filter((r) => r.severity === 'raise-first' && !fired.some((f) => f.id === r.id))) {
        expect(printed, `unexpected flag ${rule.id}`).not.toContain(normalise(say('en', doc, rule.title)));
      }
      const expectation = PERSONA_EXPECTATIONS[persona];
      const questions = model.sections.find((s) => s.kind === 'questions');
      const items = questions?.kind === 'questions' ? questions.items : [];
      for (const id of expectation?.questions ?? []) expect(items.some((q) => q.id === id), `model question ${id}`).toBe(true);
      for (const item of items) {
        const wanted = item.kind === 'own' ? item.text : say('en', doc, item.text);
        // Compare word by word: an own question may hold characters pdftotext spells differently.
        const words = normalise(wanted).split(' ').filter((w) => /^[A-Za-z]{4,}[.,?]?$/.test(w));
        for (const word of words) expect(printed, `question ${item.id}`).toContain(word);
      }
      expect(printed).toContain(normalise(say('en', doc, model.footer.notMedicalAdvice)));
      expect(printed).toContain('Page 1 of');
      expect(pages).toBeGreaterThan(0);
      expect(pages, `${persona} on ${paper}`).toBeLessThanOrEqual(TWO_PAGES_ALLOWED.has(persona) ? 2 : 1);
    });
  }
}

test('free text is printed literally: markup, emoji, right-to-left script, and within its limit', async ({ page }) => {
  const doc = JSON.parse(readFileSync(path.join(PERSONA_DIR, 'typical-one-page.json'), 'utf8')) as AnswersDocument;
  const paste = 'x'.repeat(2000);
  const own = [
    { id: 'own-markup', text: '<b>bold?</b> <script>alert(1)</script> & done' },
    { id: 'own-emoji', text: 'Is 💊 at night OK? 😊' },
    { id: 'own-rtl', text: 'سؤال عن الجرعة' },
    { id: 'own-paste', text: paste.slice(0, 250) },
  ];
  await openSheet(page, { ...doc, ownQuestions: own }, 'en');
  const guardErrors: string[] = [];
  page.on('pageerror', (e) => guardErrors.push(e.message));
  // Markup stays text: no <b> or <script> element comes from it.
  await expect(page.locator('.sheet b, .sheet script')).toHaveCount(0);
  await expect(page.locator('.sheet')).toContainText('<b>bold?</b> <script>alert(1)</script> & done');
  await expect(page.locator('.sheet')).toContainText('Is 💊 at night OK? 😊');
  await expect(page.locator('.sheet')).toContainText('سؤال عن الجرعة');
  // A 2,000-character paste into a new own question is cut at the limit, in the field and on the sheet.
  await page.locator('#q-ownQuestions textarea').last().fill(paste);
  expect((await page.locator('#q-ownQuestions textarea').last().inputValue()).length).toBeLessThanOrEqual(250);
  const { text } = await printPdf(page, path.join(OUT, 'free-text.pdf'), 'Letter', 'en');
  expect(normalise(text)).toContain('<b>bold?</b> <script>alert(1)</script> & done');
  expect(text).toContain('💊');
  expect(text).not.toContain('x'.repeat(251));
  expect(guardErrors).toEqual([]);
});

test('a Spanish sheet has no English interface text; a bilingual sheet has both languages', async ({ page }) => {
  const doc = JSON.parse(readFileSync(path.join(PERSONA_DIR, 'tramadol-dental.json'), 'utf8')) as AnswersDocument;
  await openSheet(page, { ...doc, sheet: { ...doc.sheet, language: 'es' } }, 'en');
  await expect(page.locator('.sheet')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.sheet h2').first()).not.toContainText('Please');
  const spanish = normalise((await printPdf(page, path.join(OUT, 'spanish.pdf'), 'A4', 'es')).text);
  const model = buildSheetModel(doc);
  expect(spanish).toContain(normalise(say('es', doc, model.title)));
  // English words that appear on every English sheet must not be on the Spanish one.
  for (const english of ['Please talk about these first', 'My questions', 'not medical advice', 'Notes', 'Page 1 of']) {
    expect(spanish).not.toContain(english);
  }
  expect(spanish).toContain('Página 1 de');

  await page.locator('.sheet-settings select').nth(1).selectOption('en');
  await expect(page.locator('.sheet .second-language').first()).toBeVisible();
  const both = normalise((await printPdf(page, path.join(OUT, 'bilingual.pdf'), 'A4', 'es')).text);
  expect(both).toContain(normalise(say('es', doc, model.title)));
  expect(both).toContain(normalise(say('en', doc, model.title)));
});
