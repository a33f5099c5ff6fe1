import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, loadFirstScreenParts } from '../../../renderer/src/App';
import { initI18n } from '../../../renderer/src/i18n';
import type { DecisionAidApi } from '../../../shared/bridge/contract';
import type { Preferences } from '../../../shared/preferences';
import { openAnswers } from '../../../renderer/src/walkthrough/useAnswersDocument';
import { emptyAnswers } from '../../../shared/answers/empty';
import { memoryBridge, memoryStorage } from '../../support/memory-bridge';
import { WithText } from '../../support/with-text';

const defaults: Preferences = { language: 'en', languageChosen: false, theme: 'system', textSize: 100, paperSize: 'Letter', country: 'US', readingSpeed: 'normal' };

function fakeBridge(overrides: Partial<DecisionAidApi> = {}): DecisionAidApi {
  const { bridge } = memoryBridge();
  return Object.assign(bridge, overrides);
}

async function renderApp(bridge: DecisionAidApi, initial: Preferences = defaults) {
  const [i18n, opened, appInfo] = await Promise.all([initI18n(initial.language), openAnswers(bridge), bridge.getAppInfo()]);
  // As the page does before drawing a first screen that was not prerendered (main.tsx): the parts
  // loaded apart, and the late part of the common text they show.
  await loadFirstScreenParts();
  await act(async () => {
    render(
      <WithText i18n={i18n}>
        <App bridge={bridge} initialPreferences={initial} opened={opened} appInfo={appInfo} />
      </WithText>,
    );
  });
}

async function choose(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });
}


afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

describe('the app shell', () => {
  it('after opening a saved file, moves to where that file left off and keeps saying what was opened there', async () => {
    const fromFile = { ...emptyAnswers('self'), answers: { diagnosis: 'yes' as const }, progress: { step: 'section:opioids', visited: ['welcome', 'section:opioids'] } };
    await renderApp(fakeBridge({ importAnswers: async () => ({ status: 'imported' as const, document: fromFile, fileName: 'saved.json' }) }));
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Open saved answers' })));
    // The welcome screen has no Data actions after the move: the message is the layout's. The section
    // screen is its own chunk, with the questions' text and sources: on a loaded machine it takes over a second.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Opioid medicines'), { timeout: 5000 });
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Your answers from saved.json are open.');
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'OK' })));
    expect(screen.queryAllByRole('status').map((s) => s.textContent)).not.toContain('Your answers from saved.json are open.');
  });

  it('shows the welcome text and, in the same first render, the version it got through the bridge', async () => {
    await renderApp(fakeBridge());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/low-dose naltrexone/i);
    expect(screen.getByTestId('app-version').textContent).toBe('Version 3.1.4');
    expect(document.documentElement.lang).toBe('en');
  });

  it('draws the whole first screen from the text loaded before it (the core namespaces): no key shows', async () => {
    await renderApp(fakeBridge());
    expect(screen.getByRole('group', { name: 'Who is this for?' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Me' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'My child' })).toHaveProperty('checked', false);
    // A missing text shows as its key ("perspective.label", "questions:…"): none may be on the screen.
    const texts = [...document.body.querySelectorAll('*')].flatMap((node) => [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent?.trim() ?? ''));
    expect(texts.filter((text) => /^[\w-]+(:[\w.-]+|(\.[\w-]+)+)$/.test(text))).toEqual([]);
  });

  it('switches to Spanish, updates <html lang dir>, and saves the choice through the bridge', async () => {
    const bridge = fakeBridge();
    await renderApp(bridge);
    await choose('Language', 'es');
    // Spanish text arrives in its own chunk.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/naltrexona/));
    expect(screen.getByLabelText('Idioma')).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect(document.documentElement.dir).toBe('ltr');
    expect(bridge.updatePreferences).toHaveBeenCalledWith({ language: 'es' });
    expect(screen.getByText('Ahora el idioma es español.')).toBeTruthy();
  });

  it('applies theme and text size to <html> at once and saves them', async () => {
    const bridge = fakeBridge();
    await renderApp(bridge);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(document.documentElement.dataset.textSize).toBe('100');
    await choose('Colours', 'contrast');
    await choose('Text size', '200');
    expect(document.documentElement.dataset.theme).toBe('contrast');
    expect(document.documentElement.dataset.textSize).toBe('200');
    expect(bridge.updatePreferences).toHaveBeenCalledWith({ theme: 'contrast' });
    expect(bridge.updatePreferences).toHaveBeenCalledWith({ textSize: 200 });
    await choose('Colours', 'system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('says clearly when the host cannot save a choice, and keeps the choice for now', async () => {
    const bridge = fakeBridge({ updatePreferences: vi.fn(async () => Promise.reject(new Error('[failed] updatePreferences: disk full'))) });
    await renderApp(bridge);
    await choose('Language', 'es');
    expect((await screen.findByRole('alert')).textContent).toContain('disk full');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/naltrexona/));
  });

  it('starts fresh in memory, and says so, when the saved answers cannot be opened at all', async () => {
    const bridge = fakeBridge({ loadAnswers: vi.fn(async () => Promise.reject(new Error('[failed] loadAnswers: permission denied'))) });
    await renderApp(bridge);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('could not be opened');
    expect(alert.textContent).toContain('permission denied');
    // Nothing is written over what could not be read, until the person changes something.
    expect(bridge.saveAnswers).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/low-dose naltrexone/i);
  });

  it('draws the first screen with the saved answers already in it', async () => {
    const storage = memoryStorage();
    const { bridge: seeded } = memoryBridge({ storage });
    await seeded.saveAnswers({ ...emptyAnswers('child'), progress: { step: 'welcome', visited: ['welcome'] } });
    const { bridge } = memoryBridge({ storage });
    await renderApp(bridge);
    expect((screen.getByRole('radio', { name: /child/i }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText(/Opening your answers/)).toBeNull();
  });
});
