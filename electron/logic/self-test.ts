// `--self-test`: the packaged app checks itself and exits 0 (works) or 1 (does not). It opens its
// window, walks through every step of the walkthrough the way a person would (Next, Next, …), and
// renders the discussion sheet to a PDF in a temporary folder. The release job runs it on each
// packaged app; main.ts gives it a temporary user-data folder so a person's answers are never touched.
// Written against two small interfaces (the page, the PDF writer) so it is tested without Electron.

import { APP_LIVE_ATTRIBUTE } from '../../shared/app-live';

export const SELF_TEST_SWITCH = 'self-test';
/** More steps than the walkthrough can have: beyond this, Next goes round in circles. */
export const SELF_TEST_MAX_STEPS = 60;

export interface ScreenProbe {
  /** The screen's title (#screen-title), or null while nothing is drawn. */
  title: string | null;
  /** The title has focus: the app moves focus there when a new step is shown. */
  arrived: boolean;
  busy: boolean;
  isSheet: boolean;
  hasNext: boolean;
}

/** Run in the page: where the walkthrough is. */
export const PROBE_SCRIPT = `(() => {
  const title = document.getElementById('screen-title');
  return {
    title: title ? (title.textContent || '').trim() : null,
    arrived: !!title && document.activeElement === title,
    // Until the app is live, the screen may be the prerendered HTML, which does not answer clicks.
    busy: !!document.querySelector('[aria-busy="true"]') || !document.documentElement.hasAttribute('${APP_LIVE_ATTRIBUTE}'),
    isSheet: !!document.querySelector('.sheet-step'),
    hasNext: !!document.querySelector('[data-nav="next"]'),
  };
})()`;

/** Run in the page: answers the one question the first screen needs, then presses Next. */
export const NEXT_SCRIPT = `(() => {
  const self = document.querySelector('#q-perspective input[value="self"]');
  if (self && !document.querySelector('#q-perspective input:checked')) self.click();
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  const next = document.querySelector('[data-nav="next"]');
  if (!next) return false;
  next.click();
  return true;
})()`;

export interface SelfTestPage {
  evaluate(script: string): Promise<unknown>;
  printToPdf(): Promise<Uint8Array>;
}

export interface SelfTestOptions {
  /** Writes the PDF (into a temporary folder) and says where. */
  writePdf: (pdf: Uint8Array) => Promise<string>;
  stepTimeoutMs?: number;
  pollMs?: number;
}

export type SelfTestResult = { ok: true; steps: string[]; pdfPath: string } | { ok: false; steps: string[]; error: string };

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isProbe(value: unknown): value is ScreenProbe {
  return typeof value === 'object' && value !== null && 'title' in value && 'isSheet' in value;
}

async function waitForScreen(page: SelfTestPage, first: boolean, timeoutMs: number, pollMs: number): Promise<ScreenProbe> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const probe = await page.evaluate(PROBE_SCRIPT);
    if (isProbe(probe) && probe.title && !probe.busy && (first || probe.arrived)) return probe;
    if (Date.now() > end) throw new Error(first ? 'the first screen never appeared' : 'the next screen never appeared');
    await delay(pollMs);
  }
}

export async function runSelfTest(page: SelfTestPage, { writePdf, stepTimeoutMs = 15_000, pollMs = 50 }: SelfTestOptions): Promise<SelfTestResult> {
  const steps: string[] = [];
  try {
    let screen = await waitForScreen(page, true, stepTimeoutMs, pollMs);
    steps.push(screen.title ?? '');
    while (!screen.isSheet) {
      if (steps.length >= SELF_TEST_MAX_STEPS) throw new Error(`no sheet after ${SELF_TEST_MAX_STEPS} steps`);
      if (!screen.hasNext || (await page.evaluate(NEXT_SCRIPT)) !== true) throw new Error(`no way forward from "${screen.title ?? ''}"`);
      screen = await waitForScreen(page, false, stepTimeoutMs, pollMs);
      steps.push(screen.title ?? '');
    }
    const pdf = await page.printToPdf();
    if (pdf.length === 0 || Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new Error('the sheet did not render to a PDF');
    return { ok: true, steps, pdfPath: await writePdf(pdf) };
  } catch (error) {
    return { ok: false, steps, error: error instanceof Error ? error.message : String(error) };
  }
}
