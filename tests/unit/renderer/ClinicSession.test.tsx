// Clinic mode in the page: the badge, no file actions, and "Finish and clear", which must leave the
// host holding nothing of the person, even a change made a moment before (its save is still pending).
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClinicSession } from '../../../renderer/src/clinic/ClinicSession';
import { loadFirstScreenParts } from '../../../renderer/src/App';
import { initI18n } from '../../../renderer/src/i18n';
import { openAnswers } from '../../../renderer/src/walkthrough/useAnswersDocument';
import { emptyAnswers } from '../../../shared/answers/empty';
import type { DecisionAidApi } from '../../../shared/bridge/contract';
import type { Preferences } from '../../../shared/preferences';
import { DEFAULT_IDLE_MINUTES } from '../../../shared/clinic/timing';
import { memoryBridge } from '../../support/memory-bridge';
import { WithText } from '../../support/with-text';

const defaults: Preferences = { language: 'en', languageChosen: false, theme: 'system', textSize: 100, paperSize: 'Letter', country: 'US', readingSpeed: 'normal' };

async function renderSession(bridge: DecisionAidApi) {
  // As main.tsx does: a failed getAppInfo reaches ClinicSession as null.
  const [i18n, opened, appInfo] = await Promise.all([initI18n('en'), openAnswers(bridge), bridge.getAppInfo().catch(() => null)]);
  // As the page does before drawing a first screen that was not prerendered (main.tsx): the parts
  // loaded apart, and the late part of the common text they show.
  await loadFirstScreenParts();
  await act(async () => {
    render(
      <WithText i18n={i18n}>
        <ClinicSession bridge={bridge} initialPreferences={defaults} opened={opened} appInfo={appInfo} />
      </WithText>,
    );
  });
}


afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

describe('ClinicSession', () => {
  it('outside clinic mode: the app as usual, with its file actions and no badge', async () => {
    await renderSession(memoryBridge().bridge);
    expect(screen.getByRole('button', { name: 'Save answers to a file' })).toBeTruthy();
    expect(screen.queryByText('Shared computer: nothing you enter is kept')).toBeNull();
  });

  it('in clinic mode: the badge, and neither saving to a file nor opening one', async () => {
    await renderSession(memoryBridge({ clinic: { idleMinutes: 5 } }).bridge);
    expect(screen.getByText('Shared computer: nothing you enter is kept')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save answers to a file' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open saved answers' })).toBeNull();
  });

  it('when getAppInfo fails: clinic mode (fail safe), with the badge, the idle clear and no file actions', async () => {
    const { bridge } = memoryBridge();
    vi.mocked(bridge.getAppInfo).mockRejectedValue(new Error('host did not answer'));
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await renderSession(bridge);
      expect(screen.getByText('Shared computer: nothing you enter is kept')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Save answers to a file' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Open saved answers' })).toBeNull();
      // The idle clock starts at the first key and warns after the default idle time.
      fireEvent.keyDown(window, { key: 'Tab' });
      await act(async () => {
        vi.advanceTimersByTime(DEFAULT_IDLE_MINUTES * 60_000 + 1000);
      });
      expect(screen.getByRole('alertdialog')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('"Finish and clear" on the sheet: no Save as PDF; the host ends up holding nothing, and the welcome screen is back', async () => {
    const { bridge } = memoryBridge({ clinic: { idleMinutes: 5 } });
    await bridge.saveAnswers({ ...emptyAnswers('self'), answers: { diagnosis: 'yes' }, progress: { step: 'sheet', visited: ['welcome', 'sheet'] } });
    await bridge.updatePreferences({ theme: 'dark' });
    await renderSession(bridge);
    // The print actions are offered before the question list and after it.
    const [finish] = await screen.findAllByRole('button', { name: 'Finish and clear' }, { timeout: 5000 });
    if (!finish) throw new Error('no Finish and clear button');
    expect(screen.getAllByRole('button', { name: 'Print…' })).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Save as PDF…' })).toBeNull();

    // A change whose save is still waiting (autosave runs shortly after a change) when the person leaves.
    fireEvent.change(screen.getByLabelText('Name (optional)'), { target: { value: 'Alex' } });
    vi.mocked(bridge.saveAnswers).mockClear();
    fireEvent.click(finish);

    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/low-dose naltrexone/i));
    expect(await bridge.loadAnswers()).toEqual({ status: 'empty' });
    expect(await bridge.getPreferences()).toMatchObject({ theme: 'system' });
    expect(document.documentElement.dataset.theme).toBeUndefined();
    // The pending change was saved first, then erased: not the other way round.
    const saved = vi.mocked(bridge.saveAnswers).mock.invocationCallOrder;
    const erased = vi.mocked(bridge.eraseEverything).mock.invocationCallOrder;
    expect(saved.length).toBeGreaterThan(0);
    expect(Math.max(...saved)).toBeLessThan(Math.min(...erased));
    expect(screen.getByRole('radio', { name: 'Me' })).toHaveProperty('checked', true);
    // The whole app renders twice here: on a busy 2-core machine that can take more than vitest's 5 s.
  }, 20_000);
});

describe('Print in clinic mode: the app’s own choice of printer, never the system dialog', () => {
  const twoPrinters = {
    printers: [
      { name: 'Reception_Laser', label: 'Reception laser printer' },
      { name: 'Room_2', label: 'Room 2 printer' },
    ],
    defaultPrinter: 'Room_2',
  };
  // jsdom has no font loading; printing waits for the fonts (readyToPrint).
  beforeAll(() => Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() }, configurable: true }));

  async function onTheSheet(printers: NonNullable<Parameters<typeof memoryBridge>[0]>['printers']) {
    const made = memoryBridge({ clinic: { idleMinutes: 5 }, printers });
    await made.bridge.saveAnswers({ ...emptyAnswers('self'), progress: { step: 'sheet', visited: ['welcome', 'sheet'] } });
    await renderSession(made.bridge);
    const [print] = await screen.findAllByRole('button', { name: 'Print…' }, { timeout: 5000 });
    if (!print) throw new Error('no Print button');
    return { ...made, print };
  }

  it('offers the real printers with the default chosen, prints to the one picked and says so', async () => {
    const { bridge, prints, printedTo, print } = await onTheSheet(twoPrinters);
    fireEvent.click(print);
    const dialog = await screen.findByRole('dialog', { name: 'Choose a printer' });
    expect(print.getAttribute('aria-expanded')).toBe('true');
    const room2 = screen.getByRole('radio', { name: 'Room 2 printer' });
    expect(room2).toHaveProperty('checked', true);
    // Focus goes into the choice, on the printer chosen.
    await waitFor(() => expect(document.activeElement).toBe(room2));
    fireEvent.click(screen.getByRole('radio', { name: 'Reception laser printer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(await screen.findByText('Your sheet was sent to Reception laser printer. You can pick it up there.', {}, { timeout: 5000 })).toBeTruthy();
    expect(printedTo).toEqual(['Reception_Laser']);
    expect(dialog.isConnected).toBe(false);
    expect(bridge.printSheet).not.toHaveBeenCalled();
    expect(prints).toEqual([]);
  }, 20_000);

  it('one printer: a simple confirm; Escape closes it and gives focus back to Print', async () => {
    const { printedTo, print } = await onTheSheet({ printers: [twoPrinters.printers[0]!], defaultPrinter: 'Reception_Laser' });
    fireEvent.click(print);
    await screen.findByRole('dialog', { name: 'Print the sheet on Reception laser printer?' });
    expect(screen.queryByRole('radio', { name: 'Reception laser printer' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Print' })));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(print);
    expect(printedTo).toEqual([]);
  }, 20_000);

  it('no real printer: a calm message to ask the staff, and nothing printed', async () => {
    const { bridge, prints, print } = await onTheSheet({ printers: [], defaultPrinter: null });
    fireEvent.click(print);
    const dialog = await screen.findByRole('dialog', { name: 'There is no printer here' });
    expect(dialog.textContent).toContain('Please ask a staff member for a printed copy.');
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.printSheet).not.toHaveBeenCalled();
    expect(bridge.printSheetTo).not.toHaveBeenCalled();
    expect(prints).toEqual([]);
  }, 20_000);

  it('a print that fails is said calmly, without the technical reason', async () => {
    const { bridge, print } = await onTheSheet(twoPrinters);
    vi.mocked(bridge.printSheetTo).mockRejectedValue(new Error('[failed] printSheetTo: Printer is offline'));
    fireEvent.click(print);
    await screen.findByRole('dialog', { name: 'Choose a printer' });
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(bridge.printSheetTo).toHaveBeenCalledTimes(1);
    expect(alert.textContent).toBe('Your sheet was not printed. You can try again, or ask a staff member for help.');
  }, 20_000);
});

describe('after a plain copy was started again for clinic use (getAppInfo.restartedForClinic)', () => {
  const restarted = (clinic: boolean) => {
    const made = memoryBridge(clinic ? { clinic: { idleMinutes: 5 } } : {});
    vi.mocked(made.bridge.getAppInfo).mockResolvedValue({ name: 'Aid', version: '3.1.4', clinic: clinic ? { idleMinutes: 5 } : null, restartedForClinic: true });
    return made;
  };
  const noticeText = /answers typed before the restart were saved for this computer account/i;
  const findNotice = () => screen.queryAllByRole('status').find((el) => noticeText.test(el.textContent ?? '')) ?? null;

  it('says once, calmly (a status, not an alert), why the app started again; Close takes it away and focus stays in the page', async () => {
    const { bridge } = restarted(true);
    await renderSession(bridge);
    const notice = findNotice();
    expect(notice).not.toBeNull();
    expect(notice?.textContent).toMatch(/started again/i);
    expect(notice?.textContent).toContain('Finish and clear');
    expect(screen.queryAllByRole('alert').filter((el) => noticeText.test(el.textContent ?? ''))).toEqual([]);
    const close = screen.getByRole('button', { name: 'Close this note' });
    // A plain button in the page: reached with Tab, no focus trap.
    expect(close.tabIndex).toBe(0);
    close.focus();
    fireEvent.click(close);
    expect(findNotice()).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('is not shown on a clinic start that was not a restart', async () => {
    await renderSession(memoryBridge({ clinic: { idleMinutes: 5 } }).bridge);
    expect(findNotice()).toBeNull();
  });

  it('is never shown outside clinic mode, whatever the host says', async () => {
    await renderSession(restarted(false).bridge);
    expect(findNotice()).toBeNull();
  });

  it('only on the first screen: going on takes it away, and coming back does not bring it back', async () => {
    const { bridge } = restarted(true);
    await renderSession(bridge);
    expect(findNotice()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(findNotice()).toBeNull());
    fireEvent.click(await screen.findByRole('button', { name: 'Back' }, { timeout: 5000 }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/low-dose naltrexone/i));
    expect(findNotice()).toBeNull();
  }, 20_000);

  it('is not shown again after "Finish and clear": the next person starts without it', async () => {
    const { bridge } = restarted(true);
    await bridge.saveAnswers({ ...emptyAnswers('self'), progress: { step: 'sheet', visited: ['welcome', 'sheet'] } });
    await renderSession(bridge);
    const [finish] = await screen.findAllByRole('button', { name: 'Finish and clear' }, { timeout: 5000 });
    if (!finish) throw new Error('no Finish and clear button');
    expect(findNotice()).not.toBeNull();
    fireEvent.click(finish);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/low-dose naltrexone/i));
    expect(findNotice()).toBeNull();
  }, 20_000);
});
