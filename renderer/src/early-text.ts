// The first screen's text before i18next has loaded (issue 20: i18next is not in the first chunk; it
// loads in idle time once the prerendered screen is live). Only what that screen needs: the fallback
// language's early part of common.json, bundled with the main script, keys as paths, {{name}}
// interpolation and count plurals. It gives exactly what i18next gives for every early key (a test
// compares them), so the screen does not change when i18next takes over.
import type { TFunction } from 'i18next';
import type { LocaleTree } from '../../shared/i18n/locale-parity';
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

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

function lookup(tree: LocaleTree, path: string): unknown {
  let node: unknown = tree;
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/** A t() for the bundled early text of `language`; null if that language's early text is not bundled. */
export function earlyTranslator(language: string): TFunction | null {
  const tree = bundledEarlyText(language);
  if (!tree) return null;
  const plurals = new Intl.PluralRules(language);
  const prefix = `${DEFAULT_NAMESPACE}:`;
  const translate = (key: string, options: Record<string, unknown> = {}): string => {
    const path = key.startsWith(prefix) ? key.slice(prefix.length) : key;
    const { count } = options;
    // i18next's order: the zero form (for 0), the language's plural form, then the bare key.
    const candidates = typeof count === 'number' ? [...(count === 0 ? [`${path}_zero`] : []), `${path}_${plurals.select(count)}`, path] : [path];
    for (const candidate of candidates) {
      const text = lookup(tree, candidate);
      // A missing variable stays as written, as i18next leaves it (interpolation.skipOnVariables).
      if (typeof text === 'string') return text.replace(PLACEHOLDER, (whole, name: string) => (options[name] === undefined ? whole : String(options[name])));
    }
    return key;
  };
  return translate as unknown as TFunction;
}
