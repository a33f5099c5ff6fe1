// Finds an Electron binary WITHOUT require('electron'): since Electron 42 that call downloads the
// binary on first use, which fails offline. Mirrors node_modules/electron/index.js, minus the download.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const platformDefault = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform] ?? 'electron';

/** The binary's path, or null with the reason it is not there. */
export function findElectronBinary(root = process.cwd()) {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformDefault;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative) : path.join(pkgDir, 'dist', relative);
  if (existsSync(candidate)) return { binary: candidate, reason: null };
  return {
    binary: null,
    reason: override
      ? `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist`
      : 'no Electron binary is installed (Electron downloads it on first start, which needs the network; run `npx install-electron --no` or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron)',
  };
}
