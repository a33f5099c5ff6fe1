import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/logic/menu';
import { createTranslator } from '../../../electron/logic/translator';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  return flatten(
    buildMenuTemplate({ t: createTranslator('en', 'menu'), appName: 'Aid', platform: 'win32', isDev: false, onPrint: () => {}, ...overrides }),
  );
}

describe('the native menu', () => {
  it('has Print on Ctrl/Cmd+P that calls the print action', () => {
    const onPrint = vi.fn();
    const print = build({ onPrint }).find((item) => item.id === 'print');
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    (print?.click as () => void)();
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('has zoom in, zoom out and reset with the usual shortcuts, and quit', () => {
    const items = build();
    const byRole = (role: string) => items.filter((item) => item.role === role);
    expect(byRole('zoomIn').map((i) => i.accelerator)).toEqual(expect.arrayContaining(['CmdOrCtrl+=', 'CmdOrCtrl+Plus']));
    expect(byRole('zoomOut')[0]?.accelerator).toBe('CmdOrCtrl+-');
    expect(byRole('resetZoom')[0]?.accelerator).toBe('CmdOrCtrl+0');
    expect(byRole('quit')).toHaveLength(1);
    expect(byRole('copy')).toHaveLength(1);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => build({ isDev }).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS, with quit there', () => {
    const template = buildMenuTemplate({ t: createTranslator('en', 'menu'), appName: 'Aid', platform: 'darwin', isDev: false, onPrint: () => {} });
    expect(template[0]?.label).toBe('Aid');
    expect(flatten(template).filter((item) => item.role === 'quit')).toHaveLength(1);
  });

  it('is translated', () => {
    const labels = (language: 'en' | 'es') => build({ t: createTranslator(language, 'menu') }).map((item) => item.label);
    expect(labels('en')).toContain('Print…');
    expect(labels('es')).toContain('Imprimir…');
    expect(labels('es')).not.toContain('Print…');
    expect(build({ t: createTranslator('es', 'menu'), platform: 'darwin' }).map((i) => i.label)).toContain('Acerca de Aid');
  });
});
