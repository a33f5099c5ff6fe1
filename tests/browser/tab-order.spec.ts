// On every screen, the keyboard (Tab) order follows the visual order: each stop is below the one
// before it, or on the same line further along in the reading direction (left to right in English,
// right to left in the pseudo-locale). Screens come from the app's own step list.
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech, LOCAL_ENGLISH } from '../support/fake-speech';
import { allScreens, openScreen, screenName, usePseudoRtl } from '../support/screens';

interface Stop {
  name: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What the page records as focus moves: each stop (by a number per element), or focus leaving the page. */
type Moved = { key: number; stop: Stop } | 'out';

/**
 * Every Tab stop of the page, from the first, in one round: from where focus is, Tab to the end of
 * the page (focus leaves it), then on from the top of the page until the first stop comes round
 * again. The page records each stop as focus arrives (so a key press is one round trip, and the
 * record is read once per batch of presses): this spec visits every screen twice.
 */
async function tabStops(page: Page): Promise<Stop[]> {
  await page.evaluate(() => {
    const record: Moved[] = [];
    const keys = new WeakMap<Element, number>();
    let next = 1;
    (window as unknown as { tabRecord: Moved[] }).tabRecord = record;
    document.addEventListener('focusin', (event) => {
      const el = event.target as Element;
      if (!keys.has(el)) keys.set(el, next++);
      const r = el.getBoundingClientRect();
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      record.push({
        key: keys.get(el) ?? 0,
        stop: {
          name: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${label}"`,
          top: r.top + window.scrollY,
          bottom: r.bottom + window.scrollY,
          left: r.left + window.scrollX,
          right: r.right + window.scrollX,
        },
      });
    });
    document.addEventListener('focusout', (event) => {
      if (!(event as FocusEvent).relatedTarget) record.push('out');
    });
  });
  const BATCH = 8;
  for (let presses = 0; presses < 500; presses += BATCH) {
    for (let i = 0; i < BATCH; i += 1) await page.keyboard.press('Tab');
    const record = await page.evaluate(() => (window as unknown as { tabRecord: Moved[] }).tabRecord);
    const first = record[0];
    if (!first || first === 'out') continue;
    const out = record.indexOf('out');
    const again = record.findIndex((m, i) => i > out && m !== 'out' && m.key === first.key);
    if (out < 0 || again < 0) continue;
    const stops = (from: number, to: number) => record.slice(from, to).flatMap((m) => (m === 'out' ? [] : [m.stop]));
    return [...stops(out + 1, again), ...stops(0, out)];
  }
  throw new Error('Tab never came back round to the first stop');
}

/**
 * The stops that go back against the reading order: up the page without moving on along the line
 * (moving up into the next column or table cell is reading on), or back along the same line.
 */
function outOfOrder(stops: Stop[], direction: 'ltr' | 'rtl'): string[] {
  const problems: string[] = [];
  for (let i = 1; i < stops.length; i += 1) {
    const a = stops[i - 1]!;
    const b = stops[i]!;
    const above = b.bottom <= a.top + 1;
    const sameLine = !above && b.top < a.bottom - 1 && b.bottom > a.top + 1;
    const further = direction === 'ltr' ? b.left >= a.right - 1 : b.right <= a.left + 1;
    const backwards = direction === 'ltr' ? b.right <= a.left + 1 : b.left >= a.right - 1;
    if ((above && !further) || (sameLine && backwards)) problems.push(`${a.name} then ${b.name}`);
  }
  return problems;
}

// Right to left, the screens whose layout is their own: the header and the first screen, a section of
// questions, a Learn page, the options grid, the review, the flags, the sheet and an info page. The
// other screens are built from the same parts (and rtl.spec.ts checks every screen's layout right to left).
const RTL_SCREENS = ['welcome', 'section:opioids', 'learn:safety', 'options', 'review', 'meaning', 'sheet', 'help'];
const LTR_LEARN_PAGES = ['learn:about-adhd', 'learn:adhd-evidence', 'learn:safety'];

for (const direction of ['ltr', 'rtl'] as const) {
  test.describe(direction === 'ltr' ? 'English' : 'right-to-left pseudo-locale', () => {
    test.beforeEach(async ({ page }) => {
      await installFakeSpeech(page, [LOCAL_ENGLISH]);
      if (direction === 'rtl') await usePseudoRtl(page);
    });
    // Left to right every screen, but of the Learn pages (one component, the same parts) the first, the
    // one with the "no numbers" note and the one with core text beside its short version.
    const screens =
      direction === 'ltr'
        ? allScreens().filter((screen) => !screen.id.startsWith('learn:') || LTR_LEARN_PAGES.includes(screen.id))
        : allScreens().filter((screen) => RTL_SCREENS.includes(screen.id));
    if (direction === 'rtl') {
      test('every screen named for right to left is a screen of the app', () => {
        expect(screens.map((screen) => screen.id).sort()).toEqual([...RTL_SCREENS].sort());
      });
    }
    for (const screen of screens) {
      test(`Tab order follows the visual order: ${screenName(screen)} (${direction})`, async ({ page }) => {
        await openScreen(page, screen);
        const stops = await tabStops(page);
        // The skip link, the header, "Read aloud", the screen's controls and Back/Next at least.
        expect(stops.length).toBeGreaterThan(5);
        expect(outOfOrder(stops, direction)).toEqual([]);
      });
    }
  });
}

test('the order check finds a stop placed before the one ahead of it', () => {
  const box = (name: string, top: number, left: number): Stop => ({ name, top, bottom: top + 20, left, right: left + 50 });
  expect(outOfOrder([box('a', 0, 0), box('b', 0, 100), box('c', 50, 0)], 'ltr')).toEqual([]);
  expect(outOfOrder([box('a', 0, 100), box('b', 0, 0)], 'ltr')).toEqual(['a then b']);
  expect(outOfOrder([box('a', 0, 100), box('b', 0, 0)], 'rtl')).toEqual([]);
  expect(outOfOrder([box('a', 50, 0), box('b', 0, 0)], 'ltr')).toEqual(['a then b']);
  // Up into the next column (or table cell) is reading on; up and back is not.
  expect(outOfOrder([box('a', 50, 0), box('b', 0, 100)], 'ltr')).toEqual([]);
  expect(outOfOrder([box('a', 50, 0), box('b', 0, 100)], 'rtl')).toEqual(['a then b']);
});

test('the Tab order check finds a control taken out of its place', async ({ page }) => {
  await installFakeSpeech(page, [LOCAL_ENGLISH]);
  await openScreen(page, { kind: 'step', id: 'welcome' });
  // A positive tabindex puts "Start", at the bottom, before everything above it.
  await page.evaluate(() => document.querySelector('[data-nav="next"]')?.setAttribute('tabindex', '1'));
  expect(outOfOrder(await tabStops(page), 'ltr').length).toBeGreaterThan(0);
});

test('the Learn pages named for the Tab-order check are Learn pages of the app', () => {
  expect(allScreens().filter((screen) => LTR_LEARN_PAGES.includes(screen.id))).toHaveLength(LTR_LEARN_PAGES.length);
});
