// Lint rules, including the ones that keep the architecture honest: shared/ is pure, electron/logic
// takes only types from Electron, and the renderer never touches Electron or Node.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'process', 'module'];

/** What no renderer file may import. */
const rendererBoundaries = [
  { regex: '^electron', message: 'The renderer reaches the main process only through the bridge.' },
  { regex: '^node:', message: 'No Node in the renderer.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.test-reports/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'shared/ is pure: no Node imports.' },
            { regex: '^electron', message: 'shared/ is pure: no Electron imports.' },
            { regex: '^react', message: 'shared/ is pure: no UI imports.' },
            { regex: '^(\\.\\./)+(electron|renderer)/', message: 'shared/ must not depend on electron/ or renderer/.' },
          ],
          paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node imports.' })),
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'require', 'Buffer', '__dirname', 'fetch', 'XMLHttpRequest'].map((name) => ({
          name,
          message: 'shared/ is pure: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['electron/logic/**/*.ts', 'electron/store/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Pure main-process logic takes Electron types only (import type).', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', '*.config.{js,ts}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts run in Node but hand callbacks to Playwright that run in the page.
    files: ['scripts/**/*.{js,mjs,ts}', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererBoundaries,
            {
              // The host validates (the main process, or the browser bridge that stands in for it), so the
              // page itself never loads the validation library: its types are fine, its code is not.
              regex: '(^zod|/answers/(schema|transfer)$|/preferences-schema$|/bridge/contract$|/clinic/policy$)',
              allowTypeImports: true,
              message: 'Validation runs in the host: the page imports only types from the schemas (see renderer/src/bridge).',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser bridge stands in for the main process in the preview and the tests: it validates.
    files: ['renderer/src/bridge/browser-bridge.ts', 'renderer/src/bridge/local-store.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: rendererBoundaries },
      ],
    },
  },
);
