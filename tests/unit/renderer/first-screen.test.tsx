// The prerendered first screen (issue 20): hydrating it with the inputs it was rendered from matches it
// exactly (no recoverable error, no console error, the same HTML); any other start is drawn afresh.
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstScreen, PRERENDERED, matchesPrerender, needsClinicSession, type StartState } from '../../../renderer/src/first-screen';
import { loadFirstScreenParts } from '../../../renderer/src/App';
import { initI18n } from '../../../renderer/src/i18n';
import { renderFirstScreen } from '../../../renderer/src/prerender';
import { emptyAnswers } from '../../../shared/answers/empty';
import { memoryBridge } from '../../support/memory-bridge';

/** A system with a local English voice: there is none at build time, so the prerendered screen has no Read aloud. */
function withEnglishVoice(): void {
  const voice = { name: 'Local English', lang: 'en-US', localService: true, default: true, voiceURI: 'Local English' };
  const synth = Object.assign(new EventTarget(), { getVoices: () => [voice], speak() {}, cancel() {}, pause() {}, resume() {}, speaking: false, paused: false, pending: false });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(window, 'speechSynthesis');
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the prerendered first screen', () => {
  it('is the welcome screen, whole, with no script in it', async () => {
    const html = await renderFirstScreen();
    expect(html).toContain('id="screen-title"');
    expect(html).toContain('class="settings"');
    expect(html).toContain('class="data-actions"');
    expect(html).not.toMatch(/<script/i);
  });

  it('hydrates without a mismatch when the page starts as prerendered', async () => {
    const html = await renderFirstScreen();
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const heading = container.querySelector('h1');
    const erase = container.querySelector('.data-actions .button-danger');
    const language = container.querySelector('.settings select');
    const consoleError = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    withEnglishVoice();
    // i18next already here: the worst case, taking over from the early text right after hydrating,
    // before the parts loaded apart have their code.
    await initI18n('en');
    const { bridge } = memoryBridge();
    expect(matchesPrerender(PRERENDERED, false)).toBe(true);
    await act(async () => {
      hydrateRoot(container, <FirstScreen {...PRERENDERED} bridge={bridge} i18n={null} />, { onRecoverableError: (error) => recoverable.push(error) });
    });
    // As the page does once the first screen answers clicks (main.tsx): the parts loaded apart and
    // the late part of the common text they show arrive; their prerendered HTML is hydrated then.
    await act(async () => {
      await loadFirstScreenParts();
    });
    expect(recoverable).toEqual([]);
    // React's development build warns that one process runs both renderers (the server's, just above,
    // and the page's) over the same context: true of this test only, as the app prerenders at build time.
    const errors = consoleError.mock.calls.map((call) => String(call[0])).filter((message) => !message.startsWith('Detected multiple renderers'));
    expect(errors).toEqual([]);
    // The same elements (hydrated, not replaced), now alive.
    expect(container.querySelector('h1')).toBe(heading);
    // The parts loaded apart too: hydrated, not drawn afresh, though the late text's arrival re-renders the app.
    expect(erase).not.toBeNull();
    expect(container.querySelector('.data-actions .button-danger')).toBe(erase);
    expect(container.querySelector('.settings select')).toBe(language);
    expect(container.querySelector('[data-nav="next"]')?.textContent).toBe('Start');
    // Read aloud comes once the voices are known, after hydrating.
    expect(container.querySelector('[data-read-aloud-action="toggle"]')?.textContent).toBe('Read aloud');
  });
});

describe('whether to hydrate', () => {
  const start = (change: Partial<StartState>): StartState => ({ ...PRERENDERED, ...change });
  it('only when language, display, answers and app match the prerendered screen', () => {
    expect(matchesPrerender(PRERENDERED, false)).toBe(true);
    expect(matchesPrerender(PRERENDERED, true)).toBe(false);
    expect(matchesPrerender(start({ preferences: { ...PRERENDERED.preferences, language: 'es' } }), false)).toBe(false);
    expect(matchesPrerender(start({ preferences: { ...PRERENDERED.preferences, theme: 'dark' } }), false)).toBe(false);
    expect(matchesPrerender(start({ preferences: { ...PRERENDERED.preferences, textSize: 150 } }), false)).toBe(false);
    expect(matchesPrerender(start({ opened: { outcome: { status: 'loaded', document: emptyAnswers('child') } } }), false)).toBe(false);
    expect(matchesPrerender(start({ opened: { error: 'disk' } }), false)).toBe(false);
    expect(matchesPrerender(start({ appInfo: null }), false)).toBe(false);
    expect(matchesPrerender(start({ appInfo: { name: 'Aid', version: '0.0.0-test', clinic: { idleMinutes: 5 }, restartedForClinic: false } }), false)).toBe(false);
    expect(matchesPrerender(start({ appInfo: { name: 'Aid', version: '9.9.9', clinic: null, restartedForClinic: false } }), false)).toBe(false);
    // Neither the paper nor the crisis region is on the first screen.
    expect(matchesPrerender(start({ preferences: { ...PRERENDERED.preferences, paperSize: 'Letter', country: 'US' } }), false)).toBe(true);
  });

  it('loads the clinic session in clinic mode, and when the host could not say', () => {
    expect(needsClinicSession({ name: 'Aid', version: '1', clinic: { idleMinutes: 5 }, restartedForClinic: false })).toBe(true);
    expect(needsClinicSession(null)).toBe(true);
    expect(needsClinicSession({ name: 'Aid', version: '1', clinic: null, restartedForClinic: false })).toBe(false);
  });
});
