// The main window's options as a pure function, so its security settings are tested, not hoped for.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowInputs {
  preloadPath: string;
  title: string;
  darkMode: boolean;
  isDev: boolean;
  /** A session partition (clinic mode: one in memory); absent for the default session. */
  partition?: string | null;
}

export const WINDOW_BACKGROUND = { light: '#f8f6f1', dark: '#1b1d21' } as const;

export function createMainWindowOptions(inputs: WindowInputs): BrowserWindowConstructorOptions {
  return {
    title: inputs.title,
    width: 1120,
    height: 820,
    minWidth: 640,
    minHeight: 520,
    // Shown on ready-to-show, with the theme's colour behind it, so nothing flashes white.
    show: false,
    backgroundColor: inputs.darkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    autoHideMenuBar: false,
    webPreferences: {
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
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: inputs.isDev,
      ...(inputs.partition ? { partition: inputs.partition } : {}),
    },
  };
}
