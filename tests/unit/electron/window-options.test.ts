import { expect, it } from 'vitest';
import { WINDOW_BACKGROUND, createMainWindowOptions } from '../../../electron/logic/window-options';

const inputs = { preloadPath: '/app/out/electron/preload.cjs', title: 'Aid', darkMode: false, isDev: false };

it('locks the renderer down: isolation, sandbox, no Node, web security on', () => {
  const prefs = createMainWindowOptions(inputs).webPreferences;
  expect(prefs).toMatchObject({
    preload: inputs.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    devTools: false,
  });
  expect(prefs).not.toHaveProperty('enableBlinkFeatures');
});

it('waits to be shown, paints the theme colour first and keeps a usable minimum size', () => {
  const light = createMainWindowOptions(inputs);
  expect(light.show).toBe(false);
  expect(light.backgroundColor).toBe(WINDOW_BACKGROUND.light);
  expect(createMainWindowOptions({ ...inputs, darkMode: true }).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  expect(light.minWidth).toBeGreaterThanOrEqual(600);
  expect(light.minHeight).toBeGreaterThanOrEqual(480);
  expect(light.width).toBeGreaterThan(light.minWidth ?? 0);
});

it('allows developer tools only in development', () => {
  expect(createMainWindowOptions({ ...inputs, isDev: true }).webPreferences?.devTools).toBe(true);
});
