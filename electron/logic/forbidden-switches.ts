// Command-line switches that would let someone watch or drive the app from outside (a debugger, the
// DevTools protocol) or take down Chromium's protections. On a shared computer one person could use
// them to see the next person's answers, so a packaged app refuses to start with any of them.
// (Node's own inspector switches are also closed by Electron's fuses at build time.)

export const FORBIDDEN_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-debugging-socket-name',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-brk-node',
  'inspect-publish-uid',
  'no-sandbox',
  'disable-gpu-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'allow-file-access-from-files',
  'allow-running-insecure-content',
  'js-flags',
  'renderer-cmd-prefix',
  'gpu-launcher',
  'utility-cmd-prefix',
  'browser-subprocess-path',
] as const;

/**
 * The forbidden switches present in a command line, as they were written. Chromium reads "--x",
 * "-x" (and "/x" on Windows), in any case on Windows, with or without "=value"; everything after a
 * lone "--" is not a switch.
 */
export function forbiddenSwitchesIn(argv: readonly string[], platform: NodeJS.Platform): string[] {
  const found: string[] = [];
  for (const arg of argv) {
    if (arg === '--') break;
    const prefix = /^--?/.exec(arg)?.[0] ?? (platform === 'win32' && arg.startsWith('/') ? '/' : null);
    if (!prefix) continue;
    const name = arg.slice(prefix.length).split('=')[0]?.toLowerCase() ?? '';
    if ((FORBIDDEN_SWITCHES as readonly string[]).includes(name)) found.push(arg.split('=')[0] ?? arg);
  }
  return found;
}
