// Issue 17 §2: the self-harm alert always gives a way to get help now, also where the region has no
// list: the local emergency number and the emergency department first, with the country choice there.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n, loadAllText } from '../../../renderer/src/i18n';
import { CrisisAlert } from '../../../renderer/src/components/CrisisHelp';
import { useContentText } from '../../../renderer/src/walkthrough/useContentText';
import type { CrisisRegion } from '../../../shared/crisis/types';
import type { Language } from '../../../shared/i18n/languages';
import { WithText } from '../../support/with-text';

afterEach(cleanup);

function Alert({ region, onRegion }: { region: CrisisRegion | null; onRegion: (r: CrisisRegion) => void }) {
  const text = useContentText('self');
  useTranslation();
  return <CrisisAlert kind="self-harm" region={region} text={text} onOpenHelp={() => undefined} onRegion={onRegion} />;
}

async function show(region: CrisisRegion | null, language: Language, onRegion = vi.fn()) {
  const i18n = await initI18n(language);
  await loadAllText(i18n);
  return render(
    <WithText i18n={i18n}>
      <Alert region={region} onRegion={onRegion} />
    </WithText>,
  );
}

describe('the self-harm alert with no region', () => {
  it.each([
    ['en', /local emergency number.*hospital emergency department/, /one of these numbers/],
    ['es', /número de emergencias de su zona.*urgencias/, /uno de estos números/],
  ] as const)('says how to get help now, never "one of these numbers" (%s)', async (language, wanted, unwanted) => {
    await show(null, language);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(wanted);
    expect(alert.textContent).not.toMatch(unwanted);
  });
  it('offers the country choice right there, and a chosen country is passed on', async () => {
    const onRegion = vi.fn();
    await show(null, 'en', onRegion);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'GB' } });
    expect(onRegion).toHaveBeenCalledWith('GB');
  });
  it('with a region, lists its numbers', async () => {
    await show('US', 'en');
    expect(screen.getByRole('alert').textContent).toMatch(/988/);
  });
});
