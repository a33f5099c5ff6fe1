// What a certainty label means ("Checked fact. What a drug label, guideline or study record says…")
// is said to a screen reader once per screen, at the label's first use in reading order, not after
// every label (issue 18: say each thing once).
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { firstOfEach } from '../../../renderer/src/components/Evidence';
import { initI18n, loadAllText } from '../../../renderer/src/i18n';
import { LearnScreen } from '../../../renderer/src/screens/LearnScreen';
import { OptionsScreen } from '../../../renderer/src/screens/OptionsScreen';
import { useContentText } from '../../../renderer/src/walkthrough/useContentText';
import { LEARN_PAGE_IDS } from '../../../shared/learn/pages';
import { WithText } from '../../support/with-text';

afterEach(cleanup);

function Learn({ pageId }: { pageId: (typeof LEARN_PAGE_IDS)[number] }) {
  const text = useContentText('self');
  return <LearnScreen pageId={pageId} text={text} onOpenReferences={() => {}} />;
}

function Options() {
  const text = useContentText('self');
  return <OptionsScreen text={text} onOpenReferences={() => {}} />;
}

async function show(element: React.ReactElement) {
  const i18n = await initI18n('en');
  await loadAllText(i18n);
  return render(<WithText i18n={i18n}>{element}</WithText>);
}

/** Per level: how many labels, and how many of them say what they mean. */
function labels(container: HTMLElement): Map<string, { shown: number; explained: number }> {
  const byLevel = new Map<string, { shown: number; explained: number }>();
  for (const badge of container.querySelectorAll('.certainty[class*="certainty-"]')) {
    const level = [...badge.classList].find((c) => c.startsWith('certainty-')) ?? '';
    const entry = byLevel.get(level) ?? { shown: 0, explained: 0 };
    entry.shown += 1;
    if (badge.querySelector('.visually-hidden')) entry.explained += 1;
    byLevel.set(level, entry);
  }
  return byLevel;
}

describe('each certainty label says what it means once per screen', () => {
  it('firstOfEach marks the first of each level only', () => {
    expect(firstOfEach(['checked-fact', null, 'some-evidence', 'checked-fact', 'some-evidence', 'very-uncertain'])).toEqual([true, false, true, false, false, true]);
  });

  it.each(LEARN_PAGE_IDS)('on the Learn page %s', async (pageId) => {
    const { container } = await show(<Learn pageId={pageId} />);
    const levels = labels(container);
    expect(levels.size).toBeGreaterThan(0);
    for (const [level, { explained }] of levels) expect(explained, level).toBe(1);
    // The first label on the page is one that says what it means.
    expect(container.querySelector('.certainty')?.querySelector('.visually-hidden')).not.toBeNull();
  });

  it('on the options grid', async () => {
    const { container } = await show(<Options />);
    const levels = labels(container);
    expect([...levels.values()].reduce((sum, l) => sum + l.shown, 0)).toBeGreaterThan(levels.size);
    for (const [level, { explained }] of levels) expect(explained, level).toBe(1);
  });
});
