// The right-to-left pseudo-locale is for tests only: it wraps text in right-to-left marks and sets
// dir="rtl" when asked, and it cannot be turned on where the desktop app's bridge is present.
import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL } from '../../../shared/bridge/methods';
import { pseudoRtlForTests } from '../../../renderer/src/bridge';
import { initI18n } from '../../../renderer/src/i18n';
import { PSEUDO_RTL_FLAG } from '../../../renderer/src/pseudo-rtl';

const globals = window as unknown as Record<string, unknown>;

afterEach(() => {
  delete globals[PSEUDO_RTL_FLAG];
  delete globals[BRIDGE_GLOBAL];
});

describe('pseudo right-to-left locale', () => {
  it('is off unless a test sets its flag', () => {
    expect(pseudoRtlForTests()).toBe(false);
    globals[PSEUDO_RTL_FLAG] = true;
    expect(pseudoRtlForTests()).toBe(true);
  });

  it('cannot be turned on in the desktop app (where the preload has put the bridge on window)', () => {
    globals[PSEUDO_RTL_FLAG] = true;
    globals[BRIDGE_GLOBAL] = {};
    expect(pseudoRtlForTests()).toBe(false);
  });

  it('wraps every string in right-to-left marks and sets dir="rtl", in English', async () => {
    const i18n = await initI18n('en', { pseudoRtl: true });
    expect(i18n.t('common:walkthrough.next')).toBe('\u200FNext\u200F');
    expect(i18n.t('common:welcome.time', { count: 15 })).toBe('\u200FIt takes about 15 minutes. You can stop and come back.\u200F');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('en');
  });

  it('is off by default: plain text and dir="ltr"', async () => {
    const i18n = await initI18n('en');
    expect(i18n.t('common:walkthrough.next')).toBe('Next');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
