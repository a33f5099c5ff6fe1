// Issue 20: i18next is not in the first chunk. The prerendered first screen is hydrated with its
// bundled early text (renderer/src/early-text.ts), which must say exactly what i18next says, and
// nothing the page imports statically from its entry may bring i18next (or react-i18next) in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUNDLED_EARLY_TEXT, bundledEarlyText, earlyTranslator } from '../../../renderer/src/early-text';
import { initI18n } from '../../../renderer/src/i18n';
import type { Language } from '../../../shared/i18n/languages';
import { flattenLocale } from '../../../shared/i18n/locale-parity';

/** Every module the entry reaches by static imports that are kept in the build (not `import type`). */
function staticImports(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      let specifier: string | undefined;
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
        const onlyTypes = clause?.isTypeOnly || (clause && !clause.name && named && named.length > 0 && named.every((element) => element.isTypeOnly));
        if (!onlyTypes) specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
        specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      }
      if (!specifier) continue;
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
        continue;
      }
      const base = path.resolve(path.dirname(file), specifier);
      const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => /\.tsx?$/.test(candidate) && ts.sys.fileExists(candidate));
      if (found) visit(found);
    }
  };
  visit(path.resolve(entry));
  return { files, packages };
}

describe('the first chunk', () => {
  it('imports neither i18next nor react-i18next, only React and the app', () => {
    const { files, packages } = staticImports('renderer/src/main.tsx');
    expect([...packages].sort()).toEqual(['@fontsource/atkinson-hyperlegible', 'react', 'react-dom']);
    // The walk itself reaches the app (a walk that found nothing would pass the line above too).
    expect(files.map((file) => path.relative('renderer/src', file))).toEqual(expect.arrayContaining(['App.tsx', 'screens/Welcome.tsx', 'text-context.tsx']));
  });
});

describe('the early text', () => {
  const SAMPLE = { n: 3, total: 12, max: 500, version: '9.9.9', date: '5 December 2026', path: '/a/b', message: 'why' };

  it.each(BUNDLED_EARLY_TEXT)('gives what i18next gives for every early key, plurals included (%s)', async (language) => {
    const i18n = await initI18n(language as Language);
    const early = earlyTranslator(language!);
    if (!early) throw new Error(`no early translator for ${language}`);
    const keys = [...flattenLocale(bundledEarlyText(language!)!).keys()];
    // Plural keys are asked for by their base ("welcome.time" with a count).
    const asked = [...new Set(keys.map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];
    expect(asked.length).toBeGreaterThan(40);
    const differences: string[] = [];
    for (const key of asked) {
      for (const options of [SAMPLE, ...[0, 1, 2, 7].map((count) => ({ ...SAMPLE, count }))]) {
        const ours = (early as unknown as (k: string, o: object) => string)(key, options);
        const theirs = (i18n.t as unknown as (k: string, o: object) => string)(key, options);
        if (ours !== theirs) differences.push(`${key} ${JSON.stringify(options)}: ${ours} ≠ ${theirs}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('gives the key back for a key it does not have, as i18next does, and is only for bundled languages', async () => {
    const i18n = await initI18n('en');
    const early = earlyTranslator('en') as unknown as (k: string) => string;
    expect(early('sheetStep.printFailed')).toBe('sheetStep.printFailed');
    expect(i18n.t('walkthrough.nope' as never)).toBe(early('walkthrough.nope'));
    expect(earlyTranslator('es')).toBeNull();
  });
});
