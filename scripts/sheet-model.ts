// Prints the discussion-sheet model for an answers file, so reviewers can read the decision logic
// without the UI.
//
//   npm run sheet-model -- tests/fixtures/personas/tramadol-dental.json            # the model as JSON
//   npm run sheet-model -- tests/fixtures/personas/tramadol-dental.json --lang es  # plus the text, in Spanish
//
// With --lang, every text reference in the output gets a "text" field with the words the sheet
// would print (placeholders filled in). Exit code 1 when the file cannot be read or is not a valid
// answers document (the errors are printed with their paths).
import { readFileSync } from 'node:fs';
import { parseAnswers } from '../shared/answers/schema';
import { metaParams } from '../shared/content/meta';
import { keyFor, type Perspective, type TextRef } from '../shared/content/text';
import { isSupportedLanguage } from '../shared/i18n/languages';
import { interpolate, lookup, lookupWithCount, type LocaleBundle } from '../shared/i18n/lookup';
import { resources } from '../shared/i18n/resources';
import { buildSheetModel } from '../shared/sheet/model';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run sheet-model -- <answers.json> [--lang en|es]`);
  process.exit(1);
}

const args = process.argv.slice(2);
const langIndex = args.indexOf('--lang');
const lang = langIndex >= 0 ? args[langIndex + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (langIndex < 0 || i !== langIndex + 1));
if (!file) usage('No answers file given.');
if (lang !== undefined && !isSupportedLanguage(lang)) usage(`Unknown language "${lang}".`);

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

const parsed = parseAnswers(raw);
if (!parsed.ok) {
  console.error(`${file} is not a valid answers document:`);
  for (const err of parsed.errors) console.error(`  ${err.at}: ${err.message}`);
  process.exit(1);
}

const model = buildSheetModel(parsed.value);

function isTextRef(value: unknown): value is TextRef {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string' && Object.keys(value).every((k) => k === 'key' || k === 'child');
}

/** Adds the printed words next to every text reference (for reviewers). */
function withText(value: unknown, bundle: LocaleBundle, language: string, perspective: Perspective, params: Record<string, string | number>): unknown {
  if (Array.isArray(value)) return value.map((v) => withText(v, bundle, language, perspective, params));
  if (isTextRef(value)) {
    const count = typeof params['count'] === 'number' ? params['count'] : undefined;
    const template =
      lookupWithCount(bundle, keyFor(value, perspective), count, language) ?? lookup(bundle, value.key) ?? `[missing ${value.key}]`;
    return { ...value, text: interpolate(template, params, language) };
  }
  if (typeof value === 'object' && value !== null) {
    const own: Record<string, number> = { ...(value as { params?: Record<string, number> }).params };
    const items = (value as { kind?: unknown; items?: unknown }).items;
    if ((value as { kind?: unknown }).kind === 'questions' && Array.isArray(items)) own['count'] = items.length;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withText(v, bundle, language, perspective, { ...params, ...own })]));
  }
  return value;
}

if (lang) {
  const bundle = resources[lang] as unknown as LocaleBundle;
  const citations = model.footer.citations.map((c) => lookup(bundle, c.key) ?? `[missing ${c.key}]`);
  const params = { ...metaParams(), list: citations.join('; ') };
  console.log(JSON.stringify(withText(model, bundle, lang, model.perspective, params), null, 2));
} else {
  console.log(JSON.stringify(model, null, 2));
}
