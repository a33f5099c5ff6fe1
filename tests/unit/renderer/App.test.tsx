import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/App';
import { initI18n } from '../../../renderer/src/i18n';
import type { DecisionAidApi } from '../../../shared/bridge/contract';

function fakeBridge(overrides: Partial<DecisionAidApi> = {}): DecisionAidApi {
  return {
    getAppInfo: vi.fn(async () => ({ name: 'Aid', version: '3.1.4' })),
    getPreferences: vi.fn(async () => ({ language: 'en' as const, languageChosen: false })),
    setLanguage: vi.fn(async ({ language }) => ({ language, languageChosen: true })),
    ...overrides,
  };
}

async function renderApp(bridge: DecisionAidApi, language: 'en' | 'es' = 'en') {
  const i18n = await initI18n(language);
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <App bridge={bridge} />
      </I18nextProvider>,
    );
  });
  return i18n;
}

afterEach(cleanup);

describe('the welcome screen', () => {
  it('shows the welcome text and the version it got through the bridge', async () => {
    await renderApp(fakeBridge());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/low-dose naltrexone/i);
    expect((await screen.findByTestId('app-version')).textContent).toBe('Version 3.1.4');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches to Spanish, updates <html lang dir>, and saves the choice through the bridge', async () => {
    const bridge = fakeBridge();
    await renderApp(bridge);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/naltrexona/);
    expect(screen.getByLabelText('Idioma')).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect(document.documentElement.dir).toBe('ltr');
    expect(bridge.setLanguage).toHaveBeenCalledWith({ language: 'es' });
    expect(screen.getByText('Ahora el idioma es español.')).toBeTruthy();
  });

  it('says clearly when the host cannot save the choice, and keeps working', async () => {
    const bridge = fakeBridge({ setLanguage: vi.fn(async () => Promise.reject(new Error('[failed] setLanguage: disk full'))) });
    await renderApp(bridge);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    });
    expect(screen.getByRole('alert').textContent).toContain('disk full');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/naltrexona/);
  });
});
