// A test-only pseudo-locale that proves the layout works right to left: every string is the English
// (or current) text wrapped in right-to-left marks, and the page gets dir="rtl". It is not a language:
// it is in no menu and no preference, and it can only be turned on in the browser preview, by a test
// that sets window.__LDN_PSEUDO_RTL__ before the app starts (the desktop app's page runs no outside script).
import type { PostProcessorModule } from 'i18next';

export const PSEUDO_RTL_FLAG = '__LDN_PSEUDO_RTL__';
export const PSEUDO_RTL_PROCESSOR = 'pseudo-rtl';

const RLM = '\u200F';

export const pseudoRtlProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: PSEUDO_RTL_PROCESSOR,
  process: (value: unknown) => (typeof value === 'string' && value ? `${RLM}${value}${RLM}` : value) as string,
};

/** Whether a test asked for the pseudo-locale (see bridge/index.ts: never with the desktop bridge). */
export function pseudoRtlFlagSet(): boolean {
  return (window as unknown as Record<string, unknown>)[PSEUDO_RTL_FLAG] === true;
}
