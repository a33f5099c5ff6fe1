// Issue 17 §12: the welcome screen says when the evidence was last checked once it is past its
// review, and says it only after mounting (the first render is prerendered and must hydrate as built).
import { act, cleanup, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/src/i18n';
import { Welcome } from '../../../renderer/src/screens/Welcome';
import { nextReviewDue } from '../../../shared/content/meta';
import type { Language } from '../../../shared/i18n/languages';
import { WithText } from '../../support/with-text';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const LATE = new Date(2031, 0, 15, 12);

async function page(language: Language) {
  const i18n = await initI18n(language);
  return (
    <WithText i18n={i18n}>
      <Welcome perspective="self" onPerspective={() => undefined} />
    </WithText>
  );
}

describe('Welcome freshness note', () => {
  it.each([
    ['en', /last checked on December 2, 2026\. Ask your prescriber/],
    ['es', /se revisó por última vez el 2 de diciembre de 2026\. Pregunte a quien le receta/],
  ] as const)('says when the evidence was last checked once the review is overdue (%s)', async (language, said) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(LATE);
    const { container } = render(await page(language));
    await act(async () => undefined);
    expect(container.querySelector('.welcome-overdue')?.textContent).toMatch(said);
  });
  it('says nothing on the day the review is due', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const [y = 0, m = 1, d = 1] = nextReviewDue().split('-').map(Number);
    vi.setSystemTime(new Date(y, m - 1, d, 12));
    const { container } = render(await page('en'));
    await act(async () => undefined);
    expect(container.querySelector('.welcome-overdue')).toBeNull();
    expect(container.textContent).not.toMatch(/last checked/);
  });
  it('leaves the note out of the first render, so the prerendered HTML does not depend on the date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(LATE);
    expect(renderToString(await page('en'))).not.toMatch(/last checked/);
  });
});
