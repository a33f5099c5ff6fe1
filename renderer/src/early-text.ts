// The first screen's text before i18next has loaded (issue 20: i18next is not in the first chunk; it
// loads in idle time once the prerendered screen is live). Only what that screen needs: the fallback
// language's early part of common.json, bundled with the main script, keys as paths, {{name}}
// interpolation and count plurals, read by the project's own small reader (shared/i18n/lookup.ts). It
// gives exactly what i18next gives for every early key (a test compares them), so the screen does not
// change when i18next takes over.
import type { TFunction } from 'i18next';
import type { LocaleTree } from '../../shared/i18n/locale-parity';
import { interpolate, lookupWithCount } from '../../shared/i18n/lookup';
import { DEFAULT_NAMESPACE } from '../../shared/i18n/namespaces';

type Bundle = { default: LocaleTree };
// The path is the fallback language's (shared/i18n/languages.ts; a test checks they agree).
const bundled = import.meta.glob<Bundle>('../../locales/en/common.json', { query: '?common-part=early', eager: true });

/** The early part of a language's common.json, if it is bundled with the main script. */
export function bundledEarlyText(language: string): LocaleTree | undefined {
  return bundled[`../../locales/${language}/common.json`]?.default;
}

/** The languages whose early text is in the first chunk (for the test that it is the fallback language). */
export const BUNDLED_EARLY_TEXT = Object.keys(bundled).map((path) => path.split('/').at(-2));

/** A t() for the bundled early text of `language`; null if that language's early text is not bundled. */
export function earlyTranslator(language: string): TFunction | null {
  const tree = bundledEarlyText(language);
  if (!tree) return null;
  const bundle = { [DEFAULT_NAMESPACE]: tree };
  const translate = (key: string, options: Record<string, string | number> = {}): string => {
    const count = typeof options.count === 'number' ? options.count : undefined;
    const text = lookupWithCount(bundle, key.includes(':') ? key : `${DEFAULT_NAMESPACE}:${key}`, count, language);
    // A missing key gives the key back, and a missing variable stays as written, as i18next does.
    return text === undefined ? key : interpolate(text, options, language);
  };
  return translate as unknown as TFunction;
}
