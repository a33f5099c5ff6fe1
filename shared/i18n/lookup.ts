// A tiny, dependency-free reader for the bundled locale JSON: look up "namespace:path.to.key" and
// fill {{placeholders}}. For tests, scripts and checks that run without i18next; the UI uses
// i18next with the same resources.
import type { LocaleTree } from './locale-parity';

export type LocaleBundle = Readonly<Record<string, LocaleTree>>;

/** The text at "namespace:a.b.c", or undefined when missing or not a string. */
export function lookup(bundle: LocaleBundle, key: string): string | undefined {
  const colon = key.indexOf(':');
  if (colon < 0) return undefined;
  let node: string | LocaleTree | undefined = bundle[key.slice(0, colon)];
  for (const part of key.slice(colon + 1).split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The text for `key` with i18next's plural rule applied when `count` is given ("key_zero" for 0 if
 * there is one, then "key_one", "key_many", "key_other" for the language), else the plain key.
 */
export function lookupWithCount(bundle: LocaleBundle, key: string, count: number | undefined, locale: string): string | undefined {
  if (count === undefined) return lookup(bundle, key);
  const category = new Intl.PluralRules(locale).select(count);
  return (count === 0 ? lookup(bundle, `${key}_zero`) : undefined) ?? lookup(bundle, `${key}_${category}`) ?? lookup(bundle, `${key}_other`) ?? lookup(bundle, key);
}

/**
 * Fills {{name}} placeholders; {{name, number}} is formatted for `locale` (i18next's built-in
 * "number" format does the same in the app). Unknown placeholders are left as they are.
 */
export function interpolate(template: string, params: Readonly<Record<string, string | number>> = {}, locale = 'en'): string {
  return template.replace(/\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (whole, name: string, format?: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return format === 'number' && typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value);
  });
}
