// The printed sheet, for every persona, on Letter and A4: made with the same PDF options the
// Electron app uses, read back with poppler's pdftotext, and checked against the sheet model.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitForLiveApp } from '../support/screens';
import type { AnswersDocument } from '../../shared/answers/types';
import { keyFor, text, type TextRef } from '../../shared/content/text';
import { CONTENT_VERSION, EVIDENCE_REVIEWED_ON, nextReviewDue } from '../../shared/content/meta';
import { emptyAnswers } from '../../shared/answers/empty';
import { longDate } from '../../renderer/src/long-date';
import { CRISIS_LISTS, emergencyPlace } from '../../shared/crisis';
import type { Flag } from '../../shared/engine/evaluate';
import { RULES } from '../../shared/engine/rules';
import type { Language } from '../../shared/i18n/languages';
import { interpolate, lookup } from '../../shared/i18n/lookup';
import { sheetPdfSpec, toPlaywrightPdfOptions } from '../../shared/print/pdf';
import type { PaperSize } from '../../shared/print/paper';
import { evaluate } from '../../shared/engine/evaluate';
import { buildSheetModel, SHEET_CERTAINTY_LABELS, SHEET_FROM_ANSWERS } from '../../shared/sheet/model';
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

/** The browser's region (playwright.config.ts: en-US), whose crisis numbers the sheet prints. */
const REGION = 'US';

/** Personas printed where the region has no crisis list (a Swiss browser): no numbers, a way to get help all the same. */
const NO_LIST_PERSONAS: ReadonlyMap<string, string> = new Map([['self-harm-no-region', 'de-CH']]);
const regionOf = (persona: string) => (NO_LIST_PERSONAS.has(persona) ? null : REGION);

/** Personas whose sheet may take two pages; every other one must fit on one. */
const TWO_PAGES_ALLOWED = new Set(['every-flag', 'not-sure-everywhere']);

function say(language: Language, doc: AnswersDocument, ref: TextRef, params: Record<string, string | number> = {}): string {
  const text = lookup(resources[language], keyFor(ref, doc.perspective)) ?? `MISSING ${ref.key}`;
  return interpolate(text, params, language);
}

// pdftotext joins a word broken at its hyphen at a line end ("short-" + "acting" → "shortacting"): hyphens are not compared.
const normalise = (s: string) => s.replace(/-/g, '').replace(/\s+/g, ' ').trim();

function common(language: Language, key: string, params: Record<string, string | number> = {}): string {
  return interpolate(lookup(resources[language], `common:${key}`) ?? key, params, language);
}

async function openSheet(page: Page, doc: AnswersDocument, language: Language): Promise<void> {
  const seeded = { ...doc, progress: { step: 'sheet', visited: ['welcome', 'sheet'] } };
  await seedAnswers(page, JSON.stringify(seeded), language);
  await page.goto('/');
  await waitForLiveApp(page);
  await expect(page.locator('.sheet')).toBeAttached();
  // The sheet's text (in its own language, which may not be the app's) has arrived.
  await expect(page.locator('.sheet-step')).toHaveAttribute('aria-busy', 'false');
  await page.evaluate(() => document.fonts.ready);
}

async function printPdf(page: Page, file: string, paper: PaperSize, language: Language): Promise<{ text: string; raw: string; pages: number }> {
  const spec = sheetPdfSpec(paper, common(language, 'print.pageLabel'), common(language, 'print.footerLeft', { version: CONTENT_VERSION }));
  await page.pdf({ path: file, ...toPlaywrightPdfOptions(spec) });
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // Without the running foot of each page, a point that continues on the next page reads on.
  const text = raw
    .split('\n')
    .filter((line) => !/(Page|Página) \d+ (of|de) \d+|· (content|contenido) \d/.test(line))
    .join('\n');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, raw, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

const personas = readdirSync(PERSONA_DIR).filter((f) => f.endsWith('.json')).map((f) => path.basename(f, '.json'));

/**
 * What the sheet must print for a flag: a raise-first flag's whole explanation; an ask-about flag's key
 * line; the urgent flag's key line, at the head of the urgent-help box with the numbers.
 */
function flagLine(language: Language, doc: AnswersDocument, flag: Flag, region: typeof REGION | null): string {
  const params = { ...flag.params, place: say(language, doc, emergencyPlace(region)) };
  return normalise(say(language, doc, flag.severity === 'raise-first' && !flag.urgent ? flag.body : flag.key, params));
}

// Together the personas fire every rule (tests/unit/shared/personas.test.ts checks that), so these
// tests print every rule's point, in both languages, on both papers.
for (const persona of personas) {
  const region = regionOf(persona);
  test.describe(`${persona} sheets`, () => {
    const locale = NO_LIST_PERSONAS.get(persona);
    if (locale) test.use({ locale });
    for (const language of ['en', 'es'] as const) {
      // One page load prints both papers: loading the sheet costs as much as printing it.
      test(`${persona} (${language}): the Letter and A4 sheets keep every safety point and question they should, and fit`, async ({ page }) => {
        const doc = JSON.parse(readFileSync(path.join(PERSONA_DIR, `${persona}.json`), 'utf8')) as AnswersDocument;
        await openSheet(page, doc, language);
        for (const paper of ['Letter', 'A4'] as const) {
          const { text, raw, pages } = await printPdf(page, path.join(OUT, `${persona}-${language}-${paper}.pdf`), paper, language);
          const printed = normalise(text);
          const model = buildSheetModel(doc, { country: region });
          const fired = evaluate(doc).flags;

          for (const flag of fired) {
            expect(printed, `flag ${flag.id}: title`).toContain(normalise(say(language, doc, flag.title)));
            expect(printed, `flag ${flag.id}: its point`).toContain(flagLine(language, doc, flag, region));
          }
          // The points raised first carry their certainty and their sources' numbers, as the others do.
          const raiseFirst = model.sections.find((s) => s.kind === 'raise-first');
          for (const flag of raiseFirst?.kind === 'raise-first' ? raiseFirst.flags : []) {
            const numbers = flag.sourceIds.map((id) => model.footer.sourceIds.indexOf(id) + 1).sort((a, b) => a - b);
            expect(numbers.every((n) => n > 0), `flag ${flag.id}: its sources are in the footer`).toBe(true);
            const label = say(language, doc, flag.certainty ? SHEET_CERTAINTY_LABELS[flag.certainty] : SHEET_FROM_ANSWERS);
            if (numbers.length > 0) expect(printed, `flag ${flag.id}: certainty and sources`).toContain(normalise(`(${label}: ${numbers.join(', ')})`));
          }
          // A rule that did not fire must not be printed (its title for a raise-first rule; an ask-about
          // rule's title can also be a listed topic, "Sleep", so its key line).
          for (const rule of RULES.filter((r) => !fired.some((f) => f.id === r.id))) {
            const line = rule.severity === 'raise-first' ? rule.title : rule.key;
            expect(printed, `unexpected flag ${rule.id}`).not.toContain(normalise(say(language, doc, line, { ...rule.params, place: 'x' })));
          }
          // Urgent help prints the numbers for the person's region.
          if (model.urgentHelp && region) for (const line of CRISIS_LISTS[region].lines) expect(printed, `crisis number ${line.number}`).toContain(line.number);
          else expect(printed).not.toContain('988');
          // Always a way to get help now: the numbers, or the local emergency number and the emergency department.
          if (model.urgentHelp) {
            expect(printed, 'how to get help now').toContain(normalise(say(language, doc, model.urgentHelp.getHelpNow, { place: say(language, doc, model.urgentHelp.place) })));
          }
          // Emergency pain relief, on every sheet.
          expect(printed, 'emergency pain relief').toContain(normalise(say(language, doc, model.emergencyPain.text)));

          const expectation = PERSONA_EXPECTATIONS[persona];
          const questions = model.sections.find((s) => s.kind === 'questions');
          const items = questions?.kind === 'questions' ? questions.items : [];
          for (const id of expectation?.questions ?? []) expect(items.some((q) => q.id === id), `model question ${id}`).toBe(true);
          for (const item of items) {
            const wanted = item.kind === 'own' ? item.text : say(language, doc, item.text);
            // Compare word by word: an own question may hold characters pdftotext spells differently.
            const words = normalise(wanted).split(' ').filter((w) => /^[A-Za-z]{4,}[.,?]?$/.test(w));
            for (const word of words) expect(printed, `question ${item.id}`).toContain(word);
          }
          expect(printed).toContain(normalise(say(language, doc, model.footer.notMedicalAdvice)));
          expect(raw).toContain(language === 'en' ? 'Page 1 of' : 'Página 1 de');
          expect(pages).toBeGreaterThan(0);
          expect(pages, `${persona} on ${paper}`).toBeLessThanOrEqual(TWO_PAGES_ALLOWED.has(persona) ? 2 : 1);
        }
      });
    }
  });
}

test('the sheet has margins on every print path, not only in the app\'s own PDF (CSS @page)', async ({ page }) => {
  const doc = JSON.parse(readFileSync(path.join(PERSONA_DIR, 'typical-one-page.json'), 'utf8')) as AnswersDocument;
  await openSheet(page, doc, 'en');
  // As a print dialog would: no margins given by the caller.
  const file = path.join(OUT, 'no-caller-margins.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const xs = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"/g)].map((m) => ({ left: Number(m[1]), top: Number(m[2]), right: Number(m[3]) }));
  expect(xs.length).toBeGreaterThan(50);
  const mm = 72 / 25.4;
  const width = 210 * mm;
  // At least 10 mm clear of every edge the text could touch.
  expect(Math.min(...xs.map((w) => w.left))).toBeGreaterThan(10 * mm);
  expect(Math.max(...xs.map((w) => w.right))).toBeLessThan(width - 10 * mm);
  expect(Math.min(...xs.map((w) => w.top))).toBeGreaterThan(10 * mm);
});

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
  // On the sheet step the form is one activation away (the questions are listed above it to arrange).
  await page.locator('#q-ownQuestions > summary').click();
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
  const spanishPdf = await printPdf(page, path.join(OUT, 'spanish.pdf'), 'A4', 'es');
  const spanish = normalise(spanishPdf.raw);
  const model = buildSheetModel(doc);
  expect(spanish).toContain(normalise(say('es', doc, model.title)));
  // English words that appear on every English sheet must not be on the Spanish one.
  for (const english of ['Please talk about these first', 'My questions', 'not medical advice', 'Notes', 'Page 1 of']) {
    expect(spanish).not.toContain(english);
  }
  expect(spanish).toContain('Página 1 de');

  await page.locator('.sheet-settings select').nth(1).selectOption('en');
  await expect(page.locator('.sheet .second-language').first()).toBeAttached();
  const both = normalise((await printPdf(page, path.join(OUT, 'bilingual.pdf'), 'A4', 'es')).text);
  expect(both).toContain(normalise(say('es', doc, model.title)));
  expect(both).toContain(normalise(say('en', doc, model.title)));
});

// Issue 17 §12: past the next review due date the footer says when the evidence was last checked.
// The longest sheets must still fit their pages with it, in both languages and on both papers.
test.describe('once the evidence review is overdue', () => {
  const late = new Date(`${nextReviewDue()}T12:00:00`);
  late.setDate(late.getDate() + 1);
  const note = (language: Language) => normalise(say(language, emptyAnswers(), text('sheet:footer.reviewOverdue'), { date: longDate(EVIDENCE_REVIEWED_ON, language) }));

  for (const persona of ['every-flag', 'not-sure-everywhere']) {
    for (const language of ['en', 'es'] as const) {
      test(`${persona} (${language}): the Letter and A4 sheets say when the evidence was last checked, and still fit`, async ({ page }) => {
        const doc = JSON.parse(readFileSync(path.join(PERSONA_DIR, `${persona}.json`), 'utf8')) as AnswersDocument;
        await page.clock.setFixedTime(late);
        await openSheet(page, doc, language);
        for (const paper of ['Letter', 'A4'] as const) {
          const { text: printed, pages } = await printPdf(page, path.join(OUT, `${persona}-${language}-${paper}-overdue.pdf`), paper, language);
          expect(normalise(printed)).toContain(note(language));
          expect(normalise(printed)).toContain(normalise(say(language, doc, buildSheetModel(doc).footer.notMedicalAdvice)));
          expect(pages, `${persona} on ${paper}`).toBeLessThanOrEqual(2);
        }
      });
    }
  }

  test('the sheet says nothing about it on the day the review is due', async ({ page }) => {
    const doc = JSON.parse(readFileSync(path.join(PERSONA_DIR, 'every-flag.json'), 'utf8')) as AnswersDocument;
    await page.clock.setFixedTime(new Date(`${nextReviewDue()}T12:00:00`));
    await openSheet(page, doc, 'en');
    await expect(page.locator('.sheet-footer')).toContainText(normalise(say('en', doc, buildSheetModel(doc).footer.notMedicalAdvice)));
    await expect(page.locator('.sheet-overdue')).toHaveCount(0);
    expect(normalise((await printPdf(page, path.join(OUT, 'every-flag-en-A4-due-day.pdf'), 'A4', 'en')).text)).not.toContain(note('en'));
  });
});
