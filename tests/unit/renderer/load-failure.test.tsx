// Code loaded apart that cannot be loaded (an update replaced the app's files while it was open): the
// page keeps working and says so in place of what failed, with a way out, instead of going blank.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n, requireText } from '../../../renderer/src/i18n';
import { LoadFailureBoundary } from '../../../renderer/src/components/LoadFailure';
import { StartFailed } from '../../../renderer/src/first-screen';
import { preloadable } from '../../../renderer/src/walkthrough/preloadable';
import type { Language } from '../../../shared/i18n/languages';
import { WithText } from '../../support/with-text';

afterEach(cleanup);

const failing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: app://renderer/assets/LearnScreen-x.js'));
const Fine = () => <p>Still here</p>;

describe('a part whose code cannot be loaded', () => {
  it.each([
    ['en', 'This part of the guide could not be opened', 'Reload the guide'],
    ['es', 'No se pudo abrir esta parte de la guía', 'Volver a cargar la guía'],
  ] as const)('is replaced by a message and a way out; the rest of the page stays (%s)', async (language: Language, said, button) => {
    const i18n = await initI18n(language);
    const part = preloadable<object>(failing, { whenAsked: true });
    // React logs the error it caught; that is expected here.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <WithText i18n={i18n}>
        <Fine />
        <part.Part />
      </WithText>,
    );
    await act(async () => {
      await part.preload().catch(() => undefined);
    });
    expect((await screen.findByRole('alert')).textContent).toContain(said);
    expect(screen.getByRole('button', { name: button })).toBeTruthy();
    expect(screen.getByText('Still here')).toBeTruthy();
    logged.mockRestore();
  });

  it('reloads when asked, and tries again when another screen is shown', async () => {
    const i18n = await initI18n('en');
    const reload = vi.fn();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = (): never => {
      throw new Error('chunk failed');
    };
    const view = (key: string, Child: () => ReactNode) => (
      <WithText i18n={i18n}>
        <LoadFailureBoundary resetKey={key} onReload={reload}>
          <Child />
        </LoadFailureBoundary>
      </WithText>
    );
    const { rerender } = render(view('learn', Broken));
    fireEvent.click(screen.getByRole('button', { name: 'Reload the guide' }));
    expect(reload).toHaveBeenCalledTimes(1);
    rerender(view('learn', Fine));
    // The same screen: the failure stays shown (a failed import stays failed until the page reloads).
    expect(screen.queryByText('Still here')).toBeNull();
    rerender(view('options', Fine));
    expect(screen.getByText('Still here')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    logged.mockRestore();
  });
});

// The screen that failed may be Urgent help itself, or the whole guide: what to do in danger must still
// reach the person. Not in a part's small message, where the header's Urgent help is still there.
describe('what to do in danger, when a screen or the guide cannot be opened', () => {
  const Broken = (): never => {
    throw new Error('chunk failed');
  };
  const danger = {
    en: 'If you, or someone you care for, might be in danger now, call your local emergency number or go to the nearest hospital emergency department.',
    es: 'Si usted, o alguien a quien cuida, puede estar en peligro ahora, llame al número de emergencias de su zona o vaya al servicio de urgencias del hospital más cercano.',
  } as const;

  it.each(['en', 'es'] as const)('is said in place of a screen that failed (%s)', async (language) => {
    const i18n = await initI18n(language);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <WithText i18n={i18n}>
        <LoadFailureBoundary screen resetKey="crisis">
          <Broken />
        </LoadFailureBoundary>
      </WithText>,
    );
    expect(screen.getByRole('alert').textContent).toContain(danger[language]);
    logged.mockRestore();
  });

  it('is not repeated in the message of a part that failed beside a working screen', async () => {
    const i18n = await initI18n('en');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <WithText i18n={i18n}>
        <LoadFailureBoundary>
          <Broken />
        </LoadFailureBoundary>
      </WithText>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This part of the guide could not be opened');
    expect(screen.getByRole('alert').textContent).not.toContain('danger');
    logged.mockRestore();
  });

  it('is said when the guide could not start, even without i18next (the early text)', () => {
    render(<StartFailed i18n={null} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The guide could not be opened');
    expect(alert.textContent).toContain(danger.en);
  });
});

describe('text that could not be loaded', () => {
  it('stops a screen from being drawn with keys in place of its text', async () => {
    const i18n = await initI18n('en');
    // A namespace with no file: the backend fails it, and i18next then counts it as loaded.
    await i18n.loadNamespaces('missing-namespace');
    expect(i18n.hasLoadedNamespace('missing-namespace')).toBe(true);
    expect((i18n.t as (key: string) => string)('missing-namespace:some.key')).toBe('some.key');
    expect(() => requireText(i18n, ['missing-namespace'])).toThrow(/could not be loaded: missing-namespace/);
    expect(() => requireText(i18n, ['common', 'questions'])).not.toThrow();
  });
});
