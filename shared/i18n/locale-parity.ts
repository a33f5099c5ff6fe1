// Finds what a translation lacks compared with English: keys, {{placeholders}}, and the plural
// forms its own language needs (from Intl.PluralRules). Pure, so tests and scripts share it.

export type LocaleTree = { readonly [key: string]: string | LocaleTree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g;

/** Flattens nested JSON into "a.b.c" → text. */
export function flattenLocale(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenLocale(value, path)) out.set(k, v);
  }
  return out;
}

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

function pluralBase(key: string): string | null {
  return PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, '') : null;
}

export interface ParityProblem {
  key: string;
  problem: 'missing' | 'extra' | 'placeholders' | 'plural-forms';
  detail: string;
}

/**
 * Compares one namespace of a language with English. Plural keys are compared by their base key:
 * each language must have exactly the plural categories its own grammar uses.
 */
export function compareLocales(english: LocaleTree, other: LocaleTree, language: string): ParityProblem[] {
  const en = flattenLocale(english);
  const tr = flattenLocale(other);
  const problems: ParityProblem[] = [];
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

  const enPlural = new Map<string, string[]>();
  const trPlural = new Map<string, string[]>();
  for (const [map, plural] of [[en, enPlural], [tr, trPlural]] as const) {
    for (const key of map.keys()) {
      const base = pluralBase(key);
      if (base) plural.set(base, [...(plural.get(base) ?? []), key.slice(base.length + 1)]);
    }
  }

  for (const [key, text] of en) {
    if (pluralBase(key)) continue;
    const translated = tr.get(key);
    if (translated === undefined) {
      problems.push({ key, problem: 'missing', detail: `${language} lacks "${key}"` });
    } else if (placeholdersOf(text).join() !== placeholdersOf(translated).join()) {
      problems.push({
        key,
        problem: 'placeholders',
        detail: `en has {{${placeholdersOf(text).join('}}, {{')}}}, ${language} has {{${placeholdersOf(translated).join('}}, {{')}}}`,
      });
    }
  }
  for (const key of tr.keys()) {
    if (!pluralBase(key) && !en.has(key)) problems.push({ key, problem: 'extra', detail: `${language} has "${key}" that English does not` });
  }

  for (const [base, enForms] of enPlural) {
    const forms = trPlural.get(base);
    if (!forms) {
      problems.push({ key: base, problem: 'missing', detail: `${language} lacks the plural key "${base}"` });
      continue;
    }
    const needed = categories.filter((c) => c !== 'zero' || enForms.includes('zero'));
    const missing = needed.filter((c) => !forms.includes(c));
    const unknown = forms.filter((f) => !categories.includes(f) && f !== 'zero');
    if (missing.length || unknown.length) {
      problems.push({
        key: base,
        problem: 'plural-forms',
        detail: `${language} needs ${needed.join('/')}; has ${forms.join('/')}`,
      });
    }
    const enPlaceholders = placeholdersOf(enForms.map((f) => en.get(`${base}_${f}`) ?? '').join(' '));
    for (const form of forms) {
      const text = tr.get(`${base}_${form}`) ?? '';
      const own = placeholdersOf(text);
      if (own.some((p) => !enPlaceholders.includes(p))) {
        problems.push({ key: `${base}_${form}`, problem: 'placeholders', detail: `${language} uses {{${own.join('}}, {{')}}} not found in English` });
      }
    }
  }
  for (const base of trPlural.keys()) {
    if (!enPlural.has(base)) problems.push({ key: base, problem: 'extra', detail: `${language} has plural "${base}" that English does not` });
  }
  return problems;
}
