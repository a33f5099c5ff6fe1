// The architecture rules live in eslint.config.js; these cases prove the rules fire.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture lint rules', () => {
  it.each([
    ["import fs from 'node:fs';\nexport const x = fs;\n", 'node import'],
    ["import { app } from 'electron';\nexport const x = app;\n", 'electron import'],
    ["import path from 'path';\nexport const x = path;\n", 'bare Node builtin'],
    ["import { useState } from 'react';\nexport const x = useState;\n", 'UI import'],
    ["import { x as y } from '../renderer/src/App';\nexport const x = y;\n", 'renderer import'],
  ])('shared/ refuses a %s', async (code) => {
    expect(await ruleIds(code, 'shared/example.ts')).toContain('@typescript-eslint/no-restricted-imports');
  });

  it.each(['window.alert(1)', 'document.title', 'localStorage.clear()', 'process.exit(1)'])('shared/ refuses the global in %s', async (expression) => {
    expect(await ruleIds(`export const run = () => ${expression};\n`, 'shared/example.ts')).toContain('no-restricted-globals');
  });

  it('shared/ may import other shared code', async () => {
    expect(await ruleIds("import { chooseLanguage } from './i18n/languages';\nexport const x = chooseLanguage;\n", 'shared/example.ts')).toEqual([]);
  });

  it('electron/logic takes only types from Electron', async () => {
    expect(await ruleIds("import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;\n", 'electron/logic/example.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await ruleIds("import type { BrowserWindow } from 'electron';\nexport type X = BrowserWindow;\n", 'electron/logic/example.ts')).toEqual([]);
  });

  it.each([
    ["import { parseAnswers } from '../../shared/answers/schema';\nexport const x = parseAnswers;\n", 'answers schema'],
    ["import { dispatchBridgeCall } from '../../shared/bridge/contract';\nexport const x = dispatchBridgeCall;\n", 'bridge contract'],
    ["import { storedPreferencesSchema } from '../../shared/preferences-schema';\nexport const x = storedPreferencesSchema;\n", 'preferences schema'],
    ["import * as z from 'zod/mini';\nexport const x = z;\n", 'validation library'],
  ])('the page does not load validation code: refuses the %s', async (code) => {
    expect(await ruleIds(code, 'renderer/src/example.ts')).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('the page may take types from the schemas, and the browser bridge (a stand-in host) may validate', async () => {
    expect(await ruleIds("import type { LoadOutcome } from '../../shared/bridge/contract';\nexport type X = LoadOutcome;\n", 'renderer/src/example.ts')).toEqual([]);
    expect(
      await ruleIds("import { dispatchBridgeCall } from '../../../shared/bridge/contract';\nexport const x = dispatchBridgeCall;\n", 'renderer/src/bridge/browser-bridge.ts'),
    ).toEqual([]);
  });

  it('the renderer cannot import Electron or Node', async () => {
    expect(await ruleIds("import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", 'renderer/src/example.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await ruleIds("import fs from 'node:fs';\nexport const x = fs;\n", 'renderer/src/example.ts')).toContain('@typescript-eslint/no-restricted-imports');
  });
});
