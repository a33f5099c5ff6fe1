import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataActions, DataMessage } from '../../../renderer/src/components/DataActions';
import { initI18n } from '../../../renderer/src/i18n';
import { loadLateText } from '../../../renderer/src/i18next-loader';
import { emptyAnswers } from '../../../shared/answers/empty';
import type { AnswersDocument } from '../../../shared/answers/types';
import type { DecisionAidApi } from '../../../shared/bridge/contract';
import { memoryBridge } from '../../support/memory-bridge';
import { WithText } from '../../support/with-text';

afterEach(cleanup);

const given = { ...emptyAnswers('self'), answers: { otherTreatment: 'fish oil' } } as AnswersDocument;
const fromFile = { ...emptyAnswers('child'), answers: { otherTreatment: 'from the file' } } as AnswersDocument;

function bridgeWith(overrides: Partial<DecisionAidApi>): DecisionAidApi {
  return Object.assign(memoryBridge().bridge, overrides);
}

async function show(bridge: DecisionAidApi, doc: AnswersDocument, onImported = vi.fn()) {
  const i18n = await initI18n('en');
  // As the page does before the data actions are drawn (App's loadFirstScreenParts): their text is in
  // the late part of common.json.
  await loadLateText();
  const ui = () => (
    <WithText i18n={i18n}>
      <DataMessage />
      <DataActions bridge={bridge} doc={doc} onImported={onImported} onErased={() => {}} />
    </WithText>
  );
  const view = render(ui());
  /** The screen goes away and comes back (the app moved on, then the person returned). */
  const remount = () => {
    view.unmount();
    render(ui());
  };
  return { onImported, remount };
}

const click = (name: string) => act(async () => void fireEvent.click(screen.getByRole('button', { name })));

describe('opening saved answers', () => {
  it('asks before replacing answers already given, and does nothing when the person cancels', async () => {
    const importAnswers = vi.fn(async () => ({ status: 'imported' as const, document: fromFile, fileName: 'saved.json' }));
    const { onImported } = await show(bridgeWith({ importAnswers }), given);
    await click('Open saved answers');
    expect(screen.getByRole('alertdialog', { name: 'Replace your current answers?' })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(importAnswers).not.toHaveBeenCalled();
    await click('Cancel');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(importAnswers).not.toHaveBeenCalled();
    await click('Open saved answers');
    await click('Yes, open a file');
    expect(importAnswers).toHaveBeenCalledOnce();
    expect(onImported).toHaveBeenCalledWith(fromFile);
  });

  it('opens the file at once when there is nothing to replace', async () => {
    const importAnswers = vi.fn(async () => ({ status: 'cancelled' as const }));
    await show(bridgeWith({ importAnswers }), emptyAnswers('self'));
    await click('Open saved answers');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(importAnswers).toHaveBeenCalledOnce();
  });

  it('keeps saying what was opened after the app moves on (the screen goes and comes back)', async () => {
    const importAnswers = vi.fn(async () => ({ status: 'imported' as const, document: fromFile, fileName: 'saved.json' }));
    const { remount } = await show(bridgeWith({ importAnswers }), emptyAnswers('self'));
    await click('Open saved answers');
    expect(screen.getByRole('status').textContent).toBe('Your answers from saved.json are open.');
    remount();
    expect(screen.getByRole('status').textContent).toBe('Your answers from saved.json are open.');
  });
});

describe('erasing', () => {
  it('says which files could not be removed', async () => {
    await show(bridgeWith({ eraseEverything: async () => ({ erased: false, notErased: ['answers.json'] }) }), given);
    await click('Erase everything');
    await click('Yes, erase everything');
    expect(screen.getByRole('alert').textContent).toContain('answers.json');
  });
});
