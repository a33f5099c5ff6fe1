// The native menu as data: translated labels, the usual shortcuts, reload and developer tools only
// in development. main.ts turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron';

export type MenuTranslate = (key: string, values?: Record<string, string>) => string;

export interface MenuInputs {
  t: MenuTranslate;
  appName: string;
  platform: string;
  isDev: boolean;
  onPrint: () => void;
}

export function buildMenuTemplate({ t, appName, platform, isDev, onPrint }: MenuInputs): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about', label: t('about', { appName }) },
        { type: 'separator' },
        { role: 'hide', label: t('hide', { appName }) },
        { role: 'hideOthers', label: t('hideOthers') },
        { role: 'unhide', label: t('showAll') },
        { type: 'separator' },
        { role: 'quit', label: t('quit') },
      ],
    });
  }

  template.push({
    id: 'file',
    label: t('file'),
    submenu: [
      { id: 'print', label: t('print'), accelerator: 'CmdOrCtrl+P', click: () => onPrint() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t('quit'), accelerator: 'Ctrl+Q' } as const]),
    ],
  });

  template.push({
    id: 'edit',
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
    ],
  });

  template.push({
    id: 'view',
    label: t('view'),
    submenu: [
      ...(isDev
        ? [
            { role: 'reload', label: t('reload') } as const,
            { role: 'toggleDevTools', label: t('devTools') } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom', label: t('resetZoom'), accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', label: t('zoomIn'), accelerator: 'CmdOrCtrl+=' },
      // A second, hidden zoom-in so Ctrl/Cmd and the "+" key (which needs Shift on many layouts) both work.
      { role: 'zoomIn', label: t('zoomIn'), accelerator: 'CmdOrCtrl+Plus', visible: false, acceleratorWorksWhenHidden: true },
      { role: 'zoomOut', label: t('zoomOut'), accelerator: 'CmdOrCtrl+-' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('fullScreen') },
    ],
  });

  template.push({
    id: 'window',
    label: t('window'),
    submenu: [
      { role: 'minimize', label: t('minimize') },
      { role: 'close', label: t('close') },
    ],
  });

  return template;
}
